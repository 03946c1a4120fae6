package io.crosscheck.service.review;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every form the pages accept takes the CSRF field: a new POST handler that forgot it fails here
 * (the behaviour of a missing or forged token is tested in ReviewPagesTest).
 */
class EveryFormIsGuardedTest {

  @Test
  void every_post_handler_of_the_pages_reads_the_csrf_field() {
    List<Method> posts =
        Arrays.stream(ReviewPages.class.getDeclaredMethods())
            .filter(m -> m.isAnnotationPresent(POST.class))
            .toList();
    assertThat(posts).extracting(Method::getName).contains("decide", "logout");
    for (Method post : posts) {
      assertThat(Arrays.stream(post.getParameters()).map(EveryFormIsGuardedTest::formField))
          .as(post.getName())
          .contains(CsrfTokens.FIELD);
    }
  }

  private static String formField(Parameter p) {
    FormParam form = p.getAnnotation(FormParam.class);
    return form == null ? "" : form.value();
  }
}
