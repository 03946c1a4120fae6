package io.crosscheck.service.review;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The pages' Qute templates ({@code src/main/resources/review-templates}), read once. Every {@code
 * {expression}} is HTML-escaped; no template marks anything raw. Strict rendering: a property that
 * does not exist is an error, never an empty string. {@code TemplateTypeCheckTest} checks every
 * expression against the declared types at build time.
 */
@ApplicationScoped
public class ReviewTemplates {

  static final String FOLDER = "review-templates/";
  static final List<String> PAGES = List.of("login", "stories", "story", "queue", "message");
  private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);

  private final Engine engine = engine();

  /** The engine as the pages use it; tests parse the templates with it too. */
  static Engine engine() {
    return Engine.builder()
        .addDefaults()
        .addValueResolver(new ReflectionValueResolver())
        .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
        .addLocator(ReviewTemplates::locate)
        .strictRendering(true)
        .removeStandaloneLines(true)
        .build();
  }

  /** Renders page {@code name} with {@code page} as its data, bound to the name {@code page}. */
  String render(String name, Object page) {
    return template(name).data("page", page).render();
  }

  Template template(String name) {
    Template template = engine.getTemplate(name);
    if (template == null) {
      throw new IllegalStateException("template " + FOLDER + name + ".html is missing");
    }
    return template;
  }

  private static Optional<TemplateLocation> locate(String id) {
    URL url = ReviewTemplates.class.getClassLoader().getResource(FOLDER + id + ".html");
    if (url == null) {
      return Optional.empty();
    }
    String content;
    try (InputStream in = url.openStream()) {
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read template " + id, e);
    }
    return Optional.of(
        new TemplateLocation() {
          @Override
          public Reader read() {
            return new StringReader(content);
          }

          @Override
          public Optional<Variant> getVariant() {
            return Optional.of(HTML);
          }
        });
  }
}
