package io.crosscheck.extractor.input;

import io.crosscheck.extractor.lexicon.Calendar;
import io.crosscheck.model.Article;
import io.crosscheck.model.Diagnostic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * An HTML page: the article's own text is found (the {@code <article>} or {@code articleBody}
 * element, else the element holding the most paragraph text), page furniture is dropped (scripts,
 * navigation, share bars, related-story lists), and each block becomes a line of the text field.
 * Metadata comes from {@code og:} and {@code article:} meta tags and {@code <title>}. Parsing is
 * jsoup's, which never executes anything and tolerates any tag soup.
 */
final class HtmlFormat {

  /** Never text: removed from the whole page before the article is looked for. */
  private static final String CODE =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, math, button, "
          + "input, select, textarea";

  /**
   * Page furniture, removed only inside the article's own element (never that element or its
   * ancestors, so a body classed "comments-open" keeps its story). Class and id words must stand
   * alone ("share-bar", not "shareholders").
   */
  private static final String FURNITURE =
      "nav, footer, aside, figure figcaption, [hidden], [aria-hidden=true], "
          + "[class~=(?i)(^|[\\s_-])(related|share|sharing|social|newsletter|comments?|promo|advert|ad|ads|"
          + "recommended|outbrain|taboola|breadcrumbs?|cookie|subscribe|sidebar|byline-social)([\\s_-]|$)], "
          + "[id~=(?i)(^|[\\s_-])(related|share|social|newsletter|comments?|promo|advert|recommended|"
          + "sidebar)([\\s_-]|$)]";

  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, pre, li";

  private HtmlFormat() {}

  static ReadResult read(String name, String html) {
    Document page = Jsoup.parse(html);
    String title =
        firstNonBlank(meta(page, "og:title"), page.title(), text(page.selectFirst("h1")));
    String source = meta(page, "og:site_name");
    String url =
        firstNonBlank(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"));
    LocalDate published = published(page);
    page.select(CODE).remove();
    String text = mainText(page);
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (text.isBlank()) {
      return ReadResult.failed(
          name,
          Diagnostic.error(
              "no-text",
              name + " is an HTML page with no article text in it (no paragraphs were found)"));
    }
    String id = ArticleIds.derive(null, name, source, url, text);
    Article article =
        new Article(id, source, title == null ? "" : title.strip(), published, url, text);
    return new ReadResult(name, List.of(new ArticleInput(article, diagnostics)), List.of());
  }

  private static String mainText(Document page) {
    Element body = page.body();
    Element main =
        firstNonNull(
            page.selectFirst("[itemprop=articleBody]"), page.selectFirst("article"),
            page.selectFirst("main"), page.selectFirst("[role=main]"));
    if (main == null) {
      main = densest(body);
    }
    if (main != null) {
      Element article = main;
      article.select(FURNITURE).stream().filter(e -> e != article).forEach(Element::remove);
    }
    StringBuilder text = new StringBuilder();
    Elements blocks = main == null ? new Elements() : main.select(BLOCKS);
    java.util.Set<Element> containers = containersOf(blocks, main);
    for (Element block : blocks) {
      if (containers.contains(block)) {
        continue; // a container of other blocks: its children are read instead
      }
      String line = block.text().strip();
      if (!line.isEmpty()) {
        text.append(line).append("\n\n");
      }
    }
    if (text.length() == 0 && body != null) {
      text.append(body.wholeText().strip());
    }
    return text.toString().strip();
  }

  /**
   * Blocks that hold other blocks. Each walk up stops at the first ancestor already marked, so the
   * cost stays linear even for pathologically deep nesting.
   */
  private static java.util.Set<Element> containersOf(Elements blocks, Element main) {
    java.util.Set<Element> blockSet =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    blockSet.addAll(blocks);
    java.util.Set<Element> marked =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Element block : blocks) {
      Element up = block.parent();
      while (up != null && up != main && !marked.contains(up)) {
        marked.add(up);
        up = up.parent();
      }
    }
    marked.retainAll(blockSet);
    return marked;
  }

  /** The element whose direct paragraphs hold the most text. */
  private static Element densest(Element body) {
    if (body == null) {
      return null;
    }
    Element best = body;
    int bestLength = 0;
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int length = 0;
      for (Element child : parent.children()) {
        if (child.nameIs("p")) {
          length += child.text().length();
        }
      }
      if (length > bestLength) {
        bestLength = length;
        best = parent;
      }
    }
    return best;
  }

  private static LocalDate published(Document page) {
    String[] candidates = {
      meta(page, "article:published_time"),
      meta(page, "og:published_time"),
      meta(page, "pubdate"),
      meta(page, "publishdate"),
      meta(page, "date"),
      meta(page, "parsely-pub-date"),
      meta(page, "dc.date"),
      attr(page.selectFirst("time[datetime]"), "datetime")
    };
    for (String candidate : candidates) {
      if (candidate != null) {
        LocalDate date = Calendar.findDate(candidate).orElse(null);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  private static String meta(Document page, String key) {
    Element meta = page.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
    return attr(meta, "content");
  }

  private static String attr(Element element, String attribute) {
    if (element == null) {
      return null;
    }
    String value = element.attr(attribute).strip();
    return value.isEmpty() ? null : value;
  }

  private static String text(Element element) {
    return element == null ? null : element.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
