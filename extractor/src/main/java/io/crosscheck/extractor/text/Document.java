package io.crosscheck.extractor.text;

import io.crosscheck.model.Article;
import io.crosscheck.model.Span;
import io.crosscheck.model.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * An article cut into sentences: the title's first, then the text's, each with its role (own
 * content, headline repeat, another story's teaser, page furniture).
 */
public record Document(Article article, List<Sentence> sentences) {

  public Document {
    sentences = List.copyOf(sentences);
  }

  public static Document of(Article article) {
    List<Sentence> sentences = new ArrayList<>();
    addField(sentences, TextField.TITLE, article.title(), List.of(Sentence.Role.TITLE), -1);
    List<Line> lines = Line.split(article.text());
    List<Sentence.Role> roles = LineRoles.classify(lines, article.title());
    for (int p = 0; p < lines.size(); p++) {
      Line line = lines.get(p);
      addLine(sentences, article.text(), line, roles.get(p), p);
    }
    return new Document(article, sentences);
  }

  public List<Sentence> content() {
    return sentences.stream().filter(Sentence::content).toList();
  }

  public String field(TextField field) {
    return field == TextField.TITLE ? article.title() : article.text();
  }

  private static void addField(
      List<Sentence> out, TextField field, String text, List<Sentence.Role> role, int paragraph) {
    if (text.isBlank()) {
      return;
    }
    addSpan(out, field, text, new Span(0, text.length()), role.get(0), paragraph);
  }

  private static void addLine(
      List<Sentence> out, String text, Line line, Sentence.Role role, int paragraph) {
    addSpan(out, TextField.TEXT, text, line.span(), role, paragraph);
  }

  private static void addSpan(
      List<Sentence> out,
      TextField field,
      String text,
      Span span,
      Sentence.Role role,
      int paragraph) {
    TokenList tokens = Tokenizer.tokenize(text, span.start(), span.end());
    for (int[] range : SentenceSplitter.split(tokens)) {
      TokenList sentenceTokens = tokens.subList(range[0], range[1]);
      int start = sentenceTokens.get(0).start();
      int end = sentenceTokens.get(sentenceTokens.size() - 1).end();
      out.add(
          new Sentence(
              field,
              out.size(),
              paragraph,
              new Span(start, end),
              text.substring(start, end),
              sentenceTokens,
              role));
    }
  }

  /** A non-blank line of the text: one paragraph, in plain-text news copy. */
  public record Line(Span span, String text) {
    /**
     * Cuts the text at line feeds and paragraph separators (U+2029): each character is looked at
     * once or, when the text has no paragraph separator, twice (one scan finds none, the other the
     * line feeds), so the time is linear in the text whatever its shape.
     */
    static List<Line> split(String text) {
      List<Line> lines = new ArrayList<>();
      int start = 0;
      if (text.indexOf('\u2029') < 0) {
        // the usual text: String.indexOf scans for the line feed many characters a step
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
          addTrimmed(lines, text, start, i);
          start = i + 1;
        }
      } else {
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (c == '\n' || c == '\u2029') {
            addTrimmed(lines, text, start, i);
            start = i + 1;
          }
        }
      }
      addTrimmed(lines, text, start, text.length());
      return lines;
    }

    private static void addTrimmed(List<Line> lines, String text, int start, int end) {
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        lines.add(new Line(new Span(start, end), text.substring(start, end)));
      }
    }
  }
}
