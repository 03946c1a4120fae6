package io.crosscheck.cli;

import io.crosscheck.model.Claim;
import io.crosscheck.model.ClaimRef;
import io.crosscheck.model.Comparison;
import io.crosscheck.model.Corroboration;
import io.crosscheck.model.Discrepancy;
import io.crosscheck.model.Excerpt;
import io.crosscheck.model.ExtractedArticle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;

/**
 * One self-contained HTML page an editor opens in a browser: each discrepancy with both sides'
 * words highlighted in their paragraph. Everything that comes from an article is escaped (Apache
 * Commons Text), no script is written and the content security policy forbids any, so a hostile
 * article shows as text.
 */
final class ComparisonHtml {

  private static final String STYLE =
      "body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}"
          + "h1{font-size:1.4rem}.d{border:1px solid #ccc;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}"
          + ".high{border-left:6px solid #c0392b}.medium{border-left:6px solid #e67e22}"
          + ".low{border-left:6px solid #7f8c8d}.sides{display:grid;grid-template-columns:1fr 1fr;gap:1rem}"
          + "mark{background:#ffe08a}.meta{color:#555;font-size:.9em}table{border-collapse:collapse}"
          + "td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}";

  private ComparisonHtml() {}

  static String page(Comparison c) {
    Map<String, ExtractedArticle> articles = new HashMap<>();
    Map<String, Claim> claims = new HashMap<>();
    for (ExtractedArticle a : c.articles()) {
      articles.put(a.article().id(), a);
      a.claims().forEach(cl -> claims.put(cl.id(), cl));
    }
    StringBuilder b =
        new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .append(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
            .append("<title>Crosscheck report</title><style>")
            .append(STYLE)
            .append("</style></head><body>")
            .append("<h1>Crosscheck: ")
            .append(ComparisonText.count(c.discrepancies().size(), "discrepancy"))
            .append(" in ")
            .append(ComparisonText.count(c.articles().size(), "article"))
            .append("</h1>");
    for (Discrepancy d : c.discrepancies()) {
      b.append("<section class=\"d ")
          .append(d.severity())
          .append("\"><h2>")
          .append(d.severity())
          .append(" — ")
          .append(d.kind())
          .append(": ")
          .append(d.predicate())
          .append(d.group() == null ? "" : " (" + esc(d.group()) + ")")
          .append("</h2>")
          .append("<p>")
          .append(esc(d.explanation()))
          .append("</p>")
          .append("<p class=\"meta\">Same event (")
          .append(String.format(java.util.Locale.ROOT, "%.2f", d.sameEvent().confidence()))
          .append("): ")
          .append(esc(String.join("; ", d.sameEvent().reasons())))
          .append("</p><div class=\"sides\">");
      for (ClaimRef r : d.claims()) {
        b.append(side(articles.get(r.article()), claims.get(r.claim()), r));
      }
      b.append("</div></section>");
    }
    if (!c.corroborations().isEmpty()) {
      b.append("<h2>Agreed or single-source counts</h2><table><tr><th>predicate</th><th>group</th>")
          .append("<th>value</th><th>sources</th></tr>");
      for (Corroboration k : c.corroborations()) {
        b.append("<tr><td>")
            .append(k.predicate())
            .append("</td><td>")
            .append(esc(k.group() == null ? "-" : k.group()))
            .append("</td><td>")
            .append(Table.interval(k.value()))
            .append("</td><td>")
            .append(
                esc(
                    String.join(
                        ", ", k.claims().stream().map(ClaimRef::article).distinct().toList())))
            .append(k.singleSource() ? " (single source)" : "")
            .append("</td></tr>");
      }
      b.append("</table>");
    }
    List<io.crosscheck.model.Incident> shared = ComparisonText.shared(c);
    if (!shared.isEmpty()) {
      b.append("<h2>Incidents told by several articles</h2><table><tr><th>incident</th>")
          .append("<th>articles</th><th>confidence</th><th>why</th></tr>");
      for (io.crosscheck.model.Incident i : shared) {
        b.append("<tr><td>")
            .append(esc(i.id()))
            .append("</td><td>")
            .append(esc(ComparisonText.members(i)))
            .append("</td><td>")
            .append(String.format(java.util.Locale.ROOT, "%.2f", i.confidence()))
            .append("</td><td>")
            .append(esc(String.join("; ", i.reasons())))
            .append("</td></tr>");
      }
      b.append("</table>");
    }
    return b.append("</body></html>\n").toString();
  }

  private static String side(ExtractedArticle article, Claim claim, ClaimRef ref) {
    StringBuilder b = new StringBuilder("<div><h3>");
    String source =
        article == null || article.article().source() == null
            ? ref.article()
            : article.article().source();
    b.append(esc(source))
        .append(" — ")
        .append(Table.interval(ref.value()))
        .append(", ")
        .append(ref.certainty());
    if (claim != null && claim.attribution() != null) {
      b.append(", on the word of ").append(esc(claim.attribution().text()));
    }
    b.append("</h3>");
    if (article != null && claim != null) {
      b.append("<blockquote>").append(highlighted(article, claim)).append("</blockquote>");
    }
    return b.append("</div>").toString();
  }

  /** The paragraph the claim stands in, its exact words marked. */
  private static String highlighted(ExtractedArticle article, Claim claim) {
    Excerpt e = Excerpt.of(article.article(), claim.evidence());
    return esc(e.before()) + "<mark>" + esc(e.words()) + "</mark>" + esc(e.after());
  }

  private static String esc(String s) {
    return StringEscapeUtils.escapeHtml4(s);
  }
}
