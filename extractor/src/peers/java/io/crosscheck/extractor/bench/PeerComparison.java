package io.crosscheck.extractor.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.crosscheck.extractor.Extractor;
import io.crosscheck.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.ToLongFunction;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The extractor beside two general NLP pipelines on the same real news, one thread each, in one
 * JVM: Apache OpenNLP's sentence detector, tokenizer and part-of-speech tagger (the least a reader
 * of counts would build on), and Stanford CoreNLP with named entities ({@code
 * tokenize,ssplit,pos,lemma,ner}, its defaults otherwise). Neither does what the extractor does;
 * the figure says what reading news with them first would cost, which is the question a newsroom
 * asks when it considers the general tools instead.
 *
 * <p>The sample is the first articles of {@code ../shared/corpus/gva-weak/documents} (sorted by
 * file name) up to {@code -Dpeers.bytes} of text (default 300,000: CoreNLP reads some tens of KB a
 * second). Each pipeline is warmed up on the sample for {@code -Dpeers.warmup} seconds (default
 * 20), then the three take turns, {@code -Dpeers.rounds} rounds (default 5), each round one pass of
 * the sample per pipeline (the extractor, much faster, repeats its pass until a second has gone and
 * counts the mean). The figures are the medians of the rounds' thread CPU time, so a machine whose
 * load moves moves all three alike; the ratios are the extractor's throughput over each peer's from
 * the same rounds.
 *
 * <p>Run from the repository: {@code ./mvnw -pl extractor -am -Ppeers verify -DskipTests}. The
 * profile adds OpenNLP, its English models and CoreNLP with its models (some 480 MB, fetched from
 * Maven Central once) to this harness alone; the product never depends on them.
 */
public final class PeerComparison {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * One pipeline: a pass reads every text of the sample once and counts what it found (claims,
   * tags, entities), which is kept, so no compiler can drop the work that made it.
   */
  record Pipeline(String name, ToLongFunction<List<String>> pass) {
    void read(List<String> texts) {
      sinkValue += pass.applyAsLong(texts);
    }
  }

  private PeerComparison() {}

  public static void main(String[] args) throws IOException {
    long sampleBytes = Long.getLong("peers.bytes", 300_000);
    long warmupNanos = Long.getLong("peers.warmup", 20) * 1_000_000_000L;
    int rounds = Integer.getInteger("peers.rounds", 5);

    Extractor extractor = Extractor.standard();
    List<Article> articles = sample(ExtractionBenchmark.realNews(extractor), sampleBytes);
    List<String> texts = articles.stream().map(Article::text).toList();
    long bytes = utf8Bytes(texts);
    System.out.printf(
        "sample: %d articles of gva-weak, %,d bytes; %d rounds after %d s of warm-up each%n",
        articles.size(), bytes, rounds, warmupNanos / 1_000_000_000L);

    List<Pipeline> pipelines = List.of(crosscheck(extractor, articles), openNlp(), coreNlp());
    for (Pipeline p : pipelines) {
      warmUp(p, texts, warmupNanos);
    }
    long[][] nanos = new long[pipelines.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < pipelines.size(); i++) {
        nanos[i][r] = onePass(pipelines.get(i), texts, i == 0);
      }
    }
    report(pipelines, nanos, bytes);
    System.out.printf("(found in all passes: %,d)%n", sinkValue);
  }

  private static void report(List<Pipeline> pipelines, long[][] nanos, long bytes) {
    double ours = megabytesPerSecond(bytes, median(nanos[0]));
    for (int i = 0; i < pipelines.size(); i++) {
      double rate = megabytesPerSecond(bytes, median(nanos[i]));
      System.out.printf(
          "%-48s %10.3f MB/s  %9.1f ms a pass (CPU, median)  extractor: %.0f×%n",
          pipelines.get(i).name(), rate, median(nanos[i]) / 1e6, ours / rate);
    }
  }

  private static List<Article> sample(List<Article> all, long bytes) {
    List<Article> sample = new ArrayList<>();
    long total = 0;
    for (Article a : all) {
      if (total >= bytes) {
        break;
      }
      sample.add(a);
      total += a.text().getBytes(StandardCharsets.UTF_8).length;
    }
    return sample;
  }

  private static void warmUp(Pipeline p, List<String> texts, long nanos) {
    long start = System.nanoTime();
    do {
      p.read(texts);
    } while (System.nanoTime() - start < nanos);
  }

  /** CPU nanoseconds of one pass; a fast pipeline repeats until a second is spent, the mean. */
  private static long onePass(Pipeline p, List<String> texts, boolean repeat) {
    long start = THREADS.getCurrentThreadCpuTime();
    int passes = 0;
    long spent;
    do {
      p.read(texts);
      passes++;
      spent = THREADS.getCurrentThreadCpuTime() - start;
    } while (repeat && spent < 1_000_000_000L);
    return spent / passes;
  }

  private static Pipeline crosscheck(Extractor extractor, List<Article> articles) {
    return new Pipeline(
        "Crosscheck extractor (claims)",
        texts -> articles.stream().mapToLong(a -> extractor.extract(a).claims().size()).sum());
  }

  private static Pipeline openNlp() throws IOException {
    SentenceDetectorME sentences = new SentenceDetectorME(new SentenceModel(model("sentence")));
    TokenizerME tokens = new TokenizerME(new TokenizerModel(model("tokens")));
    POSTaggerME tags = new POSTaggerME(new POSModel(model("pos")));
    return new Pipeline(
        "OpenNLP 2.5 sentences, tokens, POS (UD EWT 1.3)",
        texts -> {
          long tagged = 0;
          for (String text : texts) {
            for (String sentence : sentences.sentDetect(text)) {
              tagged += tags.tag(tokens.tokenize(sentence)).length;
            }
          }
          return tagged;
        });
  }

  /** The English model of that kind in the models jar on the class path. */
  private static InputStream model(String kind) throws IOException {
    String name = "opennlp-en-ud-ewt-" + kind + "-1.3-2.5.4.bin";
    InputStream in = PeerComparison.class.getResourceAsStream("/" + name);
    if (in == null) {
      throw new IOException(name + " is not on the class path: run with -Ppeers");
    }
    return in;
  }

  private static Pipeline coreNlp() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("threads", "1");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    return new Pipeline(
        "CoreNLP 4.5 tokenize, ssplit, pos, lemma, ner",
        texts -> {
          long entities = 0;
          for (String text : texts) {
            CoreDocument doc = new CoreDocument(text);
            pipeline.annotate(doc);
            entities += doc.entityMentions().size();
          }
          return entities;
        });
  }

  /** What the passes found, summed and printed at the end so it is never dead. */
  private static long sinkValue;

  private static long utf8Bytes(List<String> texts) {
    return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double megabytesPerSecond(long bytes, long nanos) {
    return bytes / 1e6 / (nanos / 1e9);
  }
}
