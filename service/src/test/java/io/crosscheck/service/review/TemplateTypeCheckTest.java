package io.crosscheck.service.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.Expression;
import io.quarkus.qute.Template;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the Qute extension would check at build time, done here because only Qute's engine is
 * available for this platform: every expression of every page template names a property that exists
 * on the declared type ({@code {@type name}}), following loops into element types.
 */
class TemplateTypeCheckTest {

  private static final Path FOLDER = Path.of("src/main/resources/review-templates");
  private static final Pattern DECLARED = Pattern.compile("\\|([^|]+)\\|");
  private static final Pattern LOOP = Pattern.compile("[^<]+<loop#(\\d+)>");

  static Stream<String> templates() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".html"))
          .map(n -> n.substring(0, n.length() - ".html".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("templates")
  void every_expression_names_a_property_of_its_declared_type(String name) {
    Template template = ReviewTemplates.engine().getTemplate(name);
    assertThat(check(template)).as("type errors in %s.html", name).isEmpty();
  }

  @Test
  void every_page_template_declares_its_data() {
    for (String page : ReviewTemplates.PAGES) {
      assertThat(ReviewTemplates.engine().getTemplate(page).getParameterDeclarations())
          .as(page)
          .isNotEmpty();
    }
  }

  @Test
  void a_misspelt_property_is_caught() {
    Template broken =
        ReviewTemplates.engine()
            .parse(
                "{@io.crosscheck.service.review.StoryPage page}"
                    + "{#for d in page.discrepancies}{d.sides.size}{d.explanaton}{/for}");
    assertThat(check(broken)).singleElement().asString().contains("explanaton");
  }

  @Test
  void an_undeclared_name_is_caught() {
    Template broken =
        ReviewTemplates.engine().parse("{@io.crosscheck.service.review.StoryList page}{stories}");
    assertThat(check(broken)).singleElement().asString().contains("undeclared");
  }

  @Test
  void an_unknown_declared_type_is_caught() {
    Template broken = ReviewTemplates.engine().parse("{@io.crosscheck.Nope page}{page.x}");
    assertThat(check(broken)).singleElement().asString().contains("io.crosscheck.Nope");
  }

  /** The type errors of a template, one line each. */
  static List<String> check(Template template) {
    Map<Integer, Expression> byId = new HashMap<>();
    template.getExpressions().forEach(e -> byId.put(e.getGeneratedId(), e));
    List<String> errors = new ArrayList<>();
    for (Expression e : template.getExpressions()) {
      if (e.isLiteral()) {
        continue;
      }
      try {
        typeOf(e, byId);
      } catch (IllegalArgumentException problem) {
        errors.add(e.toOriginalString() + " (" + e.getOrigin() + "): " + problem.getMessage());
      }
    }
    return errors;
  }

  private static Type typeOf(Expression e, Map<Integer, Expression> byId) {
    List<Expression.Part> parts = e.getParts();
    String root = parts.get(0).getTypeInfo();
    Type type;
    Matcher declared = DECLARED.matcher(root == null ? "" : root);
    Matcher loop = LOOP.matcher(root == null ? "" : root);
    if (declared.lookingAt()) {
      type = load(declared.group(1));
    } else if (loop.matches()) {
      type = elementOf(typeOf(byId.get(Integer.parseInt(loop.group(1))), byId));
    } else {
      throw new IllegalArgumentException("'" + parts.get(0).getName() + "' is undeclared");
    }
    for (Expression.Part part : parts.subList(1, parts.size())) {
      type = property(type, part.getName());
    }
    return type;
  }

  private static Type property(Type owner, String name) {
    Class<?> raw = raw(owner);
    for (String candidate : List.of(name, "get" + capital(name), "is" + capital(name))) {
      for (Method m : raw.getMethods()) {
        if (m.getName().equals(candidate)
            && m.getParameterCount() == 0
            && !Modifier.isStatic(m.getModifiers())) {
          return m.getGenericReturnType();
        }
      }
    }
    for (Field f : raw.getFields()) {
      if (f.getName().equals(name)) {
        return f.getGenericType();
      }
    }
    throw new IllegalArgumentException(raw.getName() + " has no property '" + name + "'");
  }

  private static Type elementOf(Type iterable) {
    if (iterable instanceof ParameterizedType p && Iterable.class.isAssignableFrom(raw(p))) {
      return p.getActualTypeArguments()[0];
    }
    throw new IllegalArgumentException(
        iterable.getTypeName() + " is not a typed list to loop over");
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c.isPrimitive() ? Object.class : c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("cannot follow " + type.getTypeName());
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("declared type " + name + " does not exist", e);
    }
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
