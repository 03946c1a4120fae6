package io.crosscheck.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.comparator.SourceComparator;
import io.crosscheck.model.Comparison;
import io.crosscheck.model.Discrepancy;
import io.crosscheck.model.ExtractedArticle;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stories and their comparison. Each re-comparison (a story created, an article added, an article's
 * text changed) stores the discrepancies by slot — kind, predicate and group (see slotOf) — so a
 * finding the engine reports again keeps its review, one whose evidence changed is re-opened
 * (audited as the service), and one no longer found stops being current. Callers hold the
 * transaction.
 *
 * <p>Several instances may change one story at once, so each re-comparison holds the story's row
 * lock (and its discrepancies') until commit: re-comparisons of a story take turns, each reading
 * the articles the one before it committed, and none overwrites a later one's findings with an
 * older article set. Locks are taken in one order — an article first (ingest: for update; a story
 * taking it in: shared), then stories by id, then their discrepancies — so no two requests wait on
 * each other. A decision waits for a re-comparison in progress and is refused (409) only when the
 * re-comparison changed that discrepancy.
 */
@ApplicationScoped
public class StoryReview {

  static final String SERVICE_ACTOR = "crosscheck (re-comparison)";

  /** The longest note and reviewer name the review tables keep (V2__stories_and_review.sql). */
  public static final int MAX_NOTE = 4000;

  public static final int MAX_REVIEWER = 200;

  private final SourceComparator comparator;
  private final ArticleRepository articles;
  private final Repositories.Stories stories;
  private final Repositories.Discrepancies discrepancies;
  private final Repositories.Audits audits;
  private final StoredExtraction extractions;
  private final ObjectMapper json;

  StoryReview(
      SourceComparator comparator,
      ArticleRepository articles,
      Repositories.Stories stories,
      Repositories.Discrepancies discrepancies,
      Repositories.Audits audits,
      StoredExtraction extractions,
      ObjectMapper json) {
    this.comparator = comparator;
    this.articles = articles;
    this.stories = stories;
    this.discrepancies = discrepancies;
    this.audits = audits;
    this.extractions = extractions;
    this.json = json;
  }

  StoryRecord create(String title, List<String> articleIds) {
    StoryRecord story = new StoryRecord();
    story.id = UUID.randomUUID().toString();
    story.title = title;
    story.createdAt = Instant.now();
    // held (shared, in id order) until the story is stored: none changes unseen meanwhile
    for (String id : new TreeSet<>(articleIds)) {
      shareArticle(id);
    }
    for (String id : articleIds) {
      story.articleIds.add(requireArticle(id).id);
    }
    stories.persist(story);
    recompare(story);
    return story;
  }

  StoryRecord addArticle(String storyId, String articleId) {
    // the article before the story: the order ingest takes them in
    ArticleRecord article = shareArticle(articleId);
    StoryRecord story = lock(storyId);
    if (story.articleIds.add(article.id)) {
      recompare(story);
    }
    return story;
  }

  /**
   * After an article's text changed (the caller holds its row lock and has flushed it): every story
   * holding it is locked, in id order, and compared again.
   */
  void articleChanged(String articleId) {
    List<String> holding =
        stories
            .getEntityManager()
            .createQuery(
                "select s.id from StoryRecord s join s.articleIds a where a = ?1 order by s.id",
                String.class)
            .setParameter(1, articleId)
            .getResultList();
    for (String id : holding) {
      recompare(lock(id));
    }
  }

  /**
   * The story, locked until commit, so its re-comparisons take turns across instances. The row is
   * locked first and read after: a locking read that waited still joins the story's articles as
   * they were when it started, and would miss the ones the lock's last holder added.
   */
  private StoryRecord lock(String storyId) {
    boolean found =
        Fields.storable(storyId)
            && !stories
                .getEntityManager()
                .createNativeQuery("SELECT id FROM story WHERE id = ?1 FOR UPDATE")
                .setParameter(1, storyId)
                .getResultList()
                .isEmpty();
    if (!found) {
      throw Problem.of(404, "not-found", "No such story", "No story has the id '" + storyId + "'.");
    }
    return stories.findById(storyId);
  }

  public StoryRecord require(String storyId) {
    StoryRecord story = Fields.storable(storyId) ? stories.findById(storyId) : null;
    if (story == null) {
      throw Problem.of(404, "not-found", "No such story", "No story has the id '" + storyId + "'.");
    }
    return story;
  }

  public Comparison compare(StoryRecord story) {
    List<ExtractedArticle> extracted = new ArrayList<>();
    for (String id : story.articleIds) {
      // with its recalled clauses, as the CLI compares it (none when stored before V4)
      extracted.add(extractions.extracted(articles.findById(id)));
    }
    return comparator.compare(extracted);
  }

  /** The story's current discrepancies as stored, in the engine's order. */
  public List<DiscrepancyRecord> current(String storyId) {
    return discrepancies.list("storyId = ?1 and current = true order by position", storyId);
  }

  private void recompare(StoryRecord story) {
    Comparison comparison = compare(story);
    Map<String, DiscrepancyRecord> bySlot =
        discrepancies
            .find("storyId", story.id)
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .list()
            .stream()
            .collect(Collectors.toMap(d -> d.slotKey, d -> d));
    Map<String, Integer> seen = new HashMap<>();
    Instant now = Instant.now();
    List<Discrepancy> found = comparison.discrepancies();
    for (int position = 0; position < found.size(); position++) {
      Discrepancy d = found.get(position);
      String slot = slotOf(d);
      int n = seen.merge(slot, 1, Integer::sum);
      String key = Fingerprint.of(slot + "#" + n);
      DiscrepancyRecord record = bySlot.remove(key);
      String evidence = Fingerprint.of(evidenceOf(d));
      if (record == null) {
        record = new DiscrepancyRecord();
        record.id = UUID.randomUUID().toString();
        record.storyId = story.id;
        record.slotKey = key;
        record.status = "open";
        record.evidenceSha = evidence;
        fill(record, d, position, now);
        discrepancies.persist(record);
        continue;
      }
      // updatedAt moves only when something an editor would see changed, so the queue's "longest
      // waiting" survives re-comparisons that found the same thing again
      boolean changed = !record.evidenceSha.equals(evidence) || !record.current;
      if (!record.evidenceSha.equals(evidence) && !record.status.equals("open")) {
        audit(record.id, SERVICE_ACTOR, record.status, "open", "evidence changed");
        record.status = "open";
      }
      record.evidenceSha = evidence;
      fill(record, d, position, changed ? now : record.updatedAt);
    }
    for (DiscrepancyRecord gone : bySlot.values()) {
      if (gone.current) {
        gone.current = false;
        gone.updatedAt = now;
      }
    }
  }

  private void fill(DiscrepancyRecord record, Discrepancy d, int position, Instant now) {
    record.position = position;
    record.severity = d.severity().toString();
    record.finding = write(d);
    record.current = true;
    record.updatedAt = now;
  }

  void audit(String discrepancyId, String actor, String from, String to, String note) {
    audit(discrepancyId, actor, null, from, to, note);
  }

  void audit(
      String discrepancyId, String actor, String claimed, String from, String to, String note) {
    ReviewAudit entry = new ReviewAudit();
    entry.claimedReviewer = claimed;
    entry.discrepancyId = discrepancyId;
    entry.at = Instant.now();
    entry.actor = actor;
    entry.fromStatus = from;
    entry.toStatus = to;
    entry.note = note;
    audits.persist(entry);
  }

  /**
   * An editor's decision. A {@code version} other than the stored one is 409 and writes nothing;
   * the caller's transaction commits the change and its audit entry together.
   */
  public DiscrepancyRecord decide(
      String id, String status, String note, String actor, long version) {
    return decide(id, status, note, actor, null, version);
  }

  /**
   * A decision by {@code actor} (the logged-in editor, or the API key's client), with the reviewer
   * the client named kept as its {@code claimed} reviewer, never as the actor.
   */
  public DiscrepancyRecord decide(
      String id, String status, String note, String actor, String claimed, long version) {
    String reviewer = actor;
    DiscrepancyRecord record = requireDiscrepancy(id);
    if (!record.current) {
      throw Problem.of(
          409,
          "no-longer-found",
          "No longer found",
          "The story's articles changed and this discrepancy is no longer found; nothing to decide.");
    }
    if (record.version != version) {
      throw Problem.of(
          409,
          "stale-version",
          "Changed since you read it",
          "This discrepancy is at version "
              + record.version
              + ", you sent "
              + version
              + ": reload it, then decide again.");
    }
    audit(record.id, reviewer.strip(), claimed, record.status, status, note);
    record.status = status;
    record.note = note;
    record.reviewer = reviewer.strip();
    record.claimedReviewer = claimed;
    record.updatedAt = Instant.now();
    discrepancies.flush();
    return record;
  }

  /** Who changed a discrepancy's review, what and when, oldest first. */
  public List<ReviewAudit> history(String discrepancyId) {
    requireDiscrepancy(discrepancyId);
    return audits.list("discrepancyId", Sort.by("at").and("id"), discrepancyId);
  }

  public DiscrepancyRecord requireDiscrepancy(String id) {
    DiscrepancyRecord record = Fields.storable(id) ? discrepancies.findById(id) : null;
    if (record == null) {
      throw Problem.of(
          404, "not-found", "No such discrepancy", "No discrepancy has the id '" + id + "'.");
    }
    return record;
  }

  /**
   * The review queue across stories: current discrepancies, optionally of one status and one
   * severity, most severe first, then the longest waiting; at most {@code limit}.
   */
  public List<DiscrepancyRecord> queue(String status, String severity, int limit) {
    List<String> where = new ArrayList<>(List.of("current = true"));
    io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
    if (status != null) {
      where.add("status = :status");
      params.and("status", status);
    }
    if (severity != null) {
      where.add("severity = :severity");
      params.and("severity", severity);
    }
    String order =
        " order by case severity when 'high' then 0 when 'medium' then 1 else 2 end, updatedAt, id";
    return discrepancies
        .find(String.join(" and ", where) + order, params)
        .page(io.quarkus.panache.common.Page.ofSize(limit))
        .list();
  }

  /** {@code count} stories from the {@code first}, newest first. */
  public List<StoryRecord> stories(int first, int count) {
    return stories
        .findAll(Sort.by("createdAt", Sort.Direction.Descending).and("id"))
        .range(first, first + count - 1)
        .list();
  }

  /** A stored discrepancy as the API shows it: §3's fields, the service's id, its review. */
  public ObjectNode view(DiscrepancyRecord record) {
    try {
      ObjectNode node = (ObjectNode) json.readTree(record.finding);
      node.put("finding", node.path("id").asText());
      node.put("id", record.id);
      node.put("story", record.storyId);
      ObjectNode review = node.putObject("review");
      review.put("status", record.status);
      review.put("note", record.note);
      review.put("reviewer", record.reviewer);
      if (record.claimedReviewer != null) {
        review.put("claimedReviewer", record.claimedReviewer);
      }
      review.put("version", record.version);
      review.put("current", record.current);
      review.put("updatedAt", record.updatedAt.toString());
      return node;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored discrepancy " + record.id + " is unreadable", e);
    }
  }

  /**
   * A finding's place in the story: kind, predicate and group. A discrepancy lists every article in
   * conflict on its figure, so the articles cannot name the slot: a new outlet joining the conflict
   * changes the evidence (and re-opens the finding, audited) but keeps its review history. Two
   * incidents of one story with the same figure in conflict take the slot's first and second
   * places, in the engine's order.
   */
  private static String slotOf(Discrepancy d) {
    return d.kind() + "|" + d.predicate() + "|" + d.group();
  }

  private static String evidenceOf(Discrepancy d) {
    return d.claims().stream()
            .map(c -> c.article() + "=" + c.value() + "/" + c.certainty())
            .sorted()
            .collect(Collectors.joining(";"))
        + "|"
        + d.explanation();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write a discrepancy as JSON", e);
    }
  }

  /** The outlet of a stored article, its id when it names none. */
  public String sourceOf(String articleId) {
    ArticleRecord record = Fields.storable(articleId) ? articles.findById(articleId) : null;
    return record == null || record.source == null || record.source.isBlank()
        ? articleId
        : record.source;
  }

  /** The article, held shared until commit: its text cannot change while a story takes it in. */
  private ArticleRecord shareArticle(String id) {
    ArticleRecord record =
        Fields.storable(id) ? articles.findById(id, LockModeType.PESSIMISTIC_READ) : null;
    if (record == null) {
      return requireArticle(id);
    }
    return record;
  }

  private ArticleRecord requireArticle(String id) {
    ArticleRecord record = Fields.storable(id) ? articles.findById(id) : null;
    if (record == null) {
      throw Problem.of(
          404,
          "not-found",
          "No such article",
          "No article has the id '" + id + "'; post it first.");
    }
    return record;
  }
}
