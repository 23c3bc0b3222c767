/**
 * The data contracts of crosscheck. Every stage takes and returns these shapes.
 *
 * Offsets: unless a field says otherwise, a `Span` is `[start, end)` in 0-based UTF-16 code units
 * (JavaScript string indices) into the article's original file text, as read, before any
 * boilerplate was stripped. `text.slice(start, end)` gives back the exact characters.
 */

/** `[start, end)`: 0-based UTF-16 code-unit offsets into the original article text. */
export type Span = [number, number];

/** The four verdicts a pair of aligned claims can get. */
export type Verdict = 'agree' | 'compatible' | 'contradict' | 'different-scope';

/** What a comparison or finding is about. */
export type FindingKind =
  | 'numeric'
  | 'date'
  | 'weekday'
  | 'ordinal'
  | 'entity'
  | 'location'
  | 'negation'
  | 'antonym'
  | 'modality'
  | 'quote'
  | 'attribution'
  | 'paraphrase';

/** Metadata an article can be given: in its front matter, in a `sources.json` beside it, or by a caller. */
export interface ArticleMetadata {
  title?: string;
  outlet?: string;
  url?: string;
  /** Publication date from metadata, `YYYY-MM-DD` (a longer ISO timestamp is cut to the day). */
  published?: string;
  /**
   * Id of the article this one restates (a summary or a rewrite of it): every name and figure it
   * gives must appear there (see docs/rules/unsupported-mention.md).
   */
  derivedFrom?: string;
}

/** An article as a caller hands it to the library. */
export interface ArticleInput extends ArticleMetadata {
  /** Stable article id: for files, the file name without its extension. */
  id: string;
  /** Full original text of the file, front matter included. */
  text: string;
  /** Path the article was read from, relative to the working directory; absent for in-memory input. */
  path?: string;
}

/** Where a publication date came from. `inferred` means it was guessed from the body text. */
export type DateSource = 'metadata' | 'header' | 'inferred';

export interface PublishedDate {
  /** Calendar day, `YYYY-MM-DD`; only an inferred date may be a bare year, `YYYY`, when the text gives no day. */
  date: string;
  /** How the date was found. */
  source: DateSource;
  /** The text the date was read or inferred from, when it came from the article itself. */
  evidence?: string;
}

/** An article after ingest: metadata resolved, boilerplate located. */
export interface Article {
  id: string;
  /** Path the article was read from; absent for in-memory input. */
  path?: string;
  title?: string;
  outlet?: string;
  url?: string;
  /** Absent when the date is unknown: crosscheck never guesses it silently. */
  published?: PublishedDate;
  /** Id of the article this one restates; see `ArticleMetadata.derivedFrom`. */
  derivedFrom?: string;
  /** The original file text; every `Span` of this article indexes into it. */
  text: string;
  /** SHA-256 of the input as given (text and metadata); see `ClaimSet.inputSha256`. */
  inputSha256: string;
  /** Spans of body text that survived boilerplate stripping, in order, non-overlapping. */
  body: Span[];
  /** Spans that were recognised as page furniture (breadcrumbs, credits, footers), in order. */
  boilerplate: { span: Span; why: string }[];
}

/** `name`: a proper name neither the gazetteer nor compromise could type (a small country, a party, a firm). */
export type EntityType = 'person' | 'organization' | 'country' | 'place' | 'equipment' | 'name';

export interface Entity {
  /** Surface text as it appears in the article. */
  text: string;
  span: Span;
  type: EntityType;
  /**
   * Canonical id shared by every spelling of the same thing, `<type>:<key>`:
   * "U.S.", "US" and "United States" are all `country:us`; "Yoshida Yoshihide" and
   * "Yoshihide Yoshida" are both `person:yoshida yoshihide` (name words sorted).
   */
  id: string;
}

/** How exact a quantity is. */
export type QuantityBound = 'exact' | 'about' | 'over' | 'under' | 'vague';

export interface Quantity {
  text: string;
  span: Span;
  /** Best single value (for "thousands", the lower bound 2000). */
  value: number;
  /** Smallest value the text allows (inclusive). */
  min: number;
  /** Largest value the text allows (inclusive); `null` when unbounded above. */
  max: number | null;
  bound: QuantityBound;
  /** The noun being counted, lemmatised and lower-case ("soldier", "engineer"); empty if unknown. */
  counted: string;
}

/** How precise a time expression is. */
export type TimeGranularity = 'day' | 'weekend' | 'week' | 'month' | 'year';

export interface TimeExpr {
  text: string;
  span: Span;
  granularity: TimeGranularity;
  /**
   * Resolved value: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` by granularity; `--MM-DD` or `--MM` when the
   * year is unknown (ISO 8601 truncated forms); absent when nothing could be resolved.
   */
  value?: string;
  /** Day of the week stated in the text, 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  /** Whether the year came from the text itself rather than from the publication date. */
  yearStated: boolean;
  /**
   * When no full date could be resolved but the article's year is known (an inferred publication
   * year): that year, `YYYY`, so times of different years are still told apart.
   */
  yearHint?: string;
  /** True for relative expressions ("Friday", "a month ago") resolved against the publication date. */
  relative: boolean;
}

export interface OrdinalQualifier {
  /** What the qualifier restricts: a time window, a place, the kind of happening, or a count window. */
  kind: 'time' | 'place' | 'predicate' | 'window';
  text: string;
}

export interface Ordinal {
  text: string;
  span: Span;
  /** 1 for "first", 2 for "second"; "last" and "only" use -1 and 0. */
  rank: number;
  /** The thing ranked, lemmatised ("deployment", "time", "drill"). */
  thing: string;
  /** The scope qualifiers that restrict what the rank counts among. */
  qualifiers: OrdinalQualifier[];
}

export interface Cue {
  text: string;
  span: Span;
}

/** How firmly the claim is asserted. */
export type Modality = 'asserted' | 'planned' | 'expected' | 'reported' | 'possible';

export interface Attribution {
  /** Who is quoted or credited, as written ("General Dan Caine", "the source"). */
  speaker?: string;
  /** Canonical entity id of the speaker, when the speaker is a recognised entity. */
  speakerId?: string;
  /** The direct quotation, without its quote marks. */
  quote?: { text: string; span: Span };
}

/** The kind of happening a claim reports, from its main verb or event noun. */
export type EventKind =
  | 'drill'
  | 'deployment'
  | 'landing'
  | 'meeting'
  | 'visit'
  | 'launch'
  | 'attack'
  | 'disaster'
  | 'agreement'
  | 'arrest'
  | 'election'
  | 'strike'
  | 'recall'
  | 'statement'
  | 'other';

/** One check-worthy factual statement: a sentence or clause of an article. */
export interface Claim {
  /** `<article>#<n>`: n is the 1-based claim number in document order. */
  id: string;
  article: string;
  text: string;
  span: Span;
  /** 0..1: how much the claim looks like a checkable fact (numbers, dates, names, events). */
  checkWorthiness: number;
  entities: Entity[];
  quantities: Quantity[];
  times: TimeExpr[];
  ordinals: Ordinal[];
  /** Negation cues, including verbs that negate by meaning ("denied", "declined to confirm"). */
  negations: Cue[];
  modality: Modality;
  /** The words that set the modality ("plans to", "may"); empty for plain assertions. */
  modalityCues: Cue[];
  attribution?: Attribution;
  eventKind: EventKind;
  /**
   * When the claim states no date of its own: the dated time of the nearest earlier claim of the
   * same article about the same kind of event (discourse context), with that claim's id.
   */
  contextTime?: TimeExpr & { from: string };
  /**
   * Only for a claim with no dated time of its own or from context: its article's publication day
   * (YYYY-MM-DD), the latest day the claim can be about.
   */
  published?: string;
  /** Lemmatised content words (nouns, verbs, adjectives, numbers), lower-case, sorted, unique. */
  terms: string[];
}

/** The claims of one article, as written to `claims/<article>.json`. */
export interface ClaimSet {
  /** Schema version of this file. */
  version: 1;
  /** Tool version and extraction options; part of the cache key for incremental runs. */
  extractor: string;
  /**
   * SHA-256 (hex) of the input as given: the text and the metadata passed with it. With
   * `extractor`, the cache key of incremental runs: an unchanged input is not extracted again.
   */
  inputSha256: string;
  /**
   * SHA-256 (hex) of `JSON.stringify(claims)` as crosscheck wrote them. A file whose claims no
   * longer match it was edited by hand, and crosscheck will not overwrite it silently.
   */
  checksum: string;
  article: Omit<Article, 'text' | 'body' | 'boilerplate' | 'inputSha256'> & {
    /** SHA-256 of the original file text, hex. */
    sha256: string;
    /** Length of the original text in UTF-16 code units. */
    length: number;
  };
  claims: Claim[];
}

/** A group of claims, across articles, about the same subject. */
export interface Topic {
  /** `t<n>`, numbered by first claim in article order. */
  id: string;
  /** A few words that name the subject. */
  label: string;
  /** Claim ids, sorted. */
  claims: string[];
}

/** A group of claims, within a topic, about the same happening at the same time and place. */
export interface EventGroup {
  /** `<topic>.e<n>`. */
  id: string;
  topic: string;
  kind: EventKind;
  /** Resolved date of the happening (`TimeExpr.value` form), when the claims state one. */
  date?: string;
  /** Canonical ids of places named by the claims. */
  places: string[];
  claims: string[];
}

/** One dated happening on the timeline built from all articles. */
export interface TimelineEntry {
  /** `e-` + 12 hex digits, stable for the same kind and date. */
  id: string;
  kind: EventKind;
  /** `YYYY-MM-DD` or `YYYY-MM`: only times with a known year are placed on the timeline. */
  date: string;
  /** `planned` when every claim about it is a plan or expectation; `reported` otherwise. */
  status: 'reported' | 'planned';
  /** Equipment families named by its claims ("equipment:b-52"), sorted. */
  equipment: string[];
  /** Articles that report it, sorted. */
  sources: string[];
  claims: ClaimRef[];
}

/** A pointer to one claim as evidence: where to look in which article. */
export interface ClaimRef {
  article: string;
  claim: string;
  text: string;
  span: Span;
}

/** One part of a word-level diff from claim a to claim b. */
export interface DiffPart {
  /** `=` in both, `-` only in a, `+` only in b. */
  op: '=' | '-' | '+';
  text: string;
}

/** What the rules said about one pair, before the pipeline adds topic, event and review. */
export interface StoredJudgement {
  /** Id of the deciding rule. */
  rule: string;
  verdict: Verdict;
  kind: FindingKind;
  reason: string;
  /** 0..1, rounded to two decimals. */
  confidence: number;
  values?: { a: string; b: string };
  /** The rule found both claims to tell of one event, though not in agreement (its start and its end). */
  oneEvent?: true;
  /** Word diff from claim a's text to claim b's. */
  diff: DiffPart[];
}

/**
 * A word diff stored against claim b's text: n > 0 is an unchanged part of n characters of b, n < 0
 * an added part of -n characters of b, and a string is a removed part (from a) as written.
 */
export type CompactDiff = (number | string)[];

/** A judgement as cached: its diff compact when b's text rebuilds it exactly, else in full. */
export type CachedJudgement = Omit<StoredJudgement, 'diff'> & { diff: CompactDiff | DiffPart[] };

/**
 * Judgements kept between runs, so a re-run judges only pairs with a changed claim: one of the 16
 * files `claims/.judgements-<hex>.json`, by the first hex digit of each key, or
 * `claims/.judgements-added.json`, the entries made since the 16 were last written. A full write
 * keeps only the entries its run used; between full writes the 16 may hold a few no longer used.
 */
export interface JudgementCacheFile {
  version: 1;
  /** `COMPARE_VERSION` of the rules that made the entries; entries of another version are ignored. */
  compare: string;
  /** By pair key (hash of both claims and their similarity): the judgement, or null when no rule applied. */
  pairs: Record<string, CachedJudgement | null>;
  /** By article key (hash of the article's date and claims): its internal findings. */
  internal: Record<string, InternalFinding[]>;
}

/** A reviewer's decision on one flagged comparison, as stored in `reviews/decisions.json`. */
export interface Decision {
  /** The comparison decided (`Comparison.id`). */
  comparison: string;
  decision: 'confirmed' | 'dismissed';
  /** The article judged right, when the reviewer said which. */
  right?: string;
  /** The two claims as they read when decided, to tell when a decision has gone stale. */
  claims: [{ article: string; text: string }, { article: string; text: string }];
  /** The tool's verdict and kind when decided. */
  verdict: Verdict;
  kind: FindingKind;
  reviewer: string;
  /** ISO 8601 timestamp, UTC. */
  decidedAt: string;
  note?: string;
}

/** The contents of `reviews/decisions.json`. */
export interface DecisionFile {
  version: 1;
  /** Sorted by comparison id, one record per line, so two reviewers' edits merge cleanly. */
  decisions: Decision[];
}

/** How a stored decision applies to a comparison of this run. */
export interface ReviewState {
  decision: Decision['decision'];
  reviewer: string;
  decidedAt: string;
  right?: string;
  note?: string;
  /** The decision was made on claims whose text has since changed: shown, never applied. */
  stale: boolean;
}

/** The verdict on one aligned pair of claims from different articles. */
export interface Comparison {
  /** `c-` + 12 hex digits: stable across runs for the same two (article, claim text) pairs. */
  id: string;
  topic: string;
  /** The event both claims were assigned to, when they share one. */
  event?: string;
  /** Id of the rule that decided the verdict (see docs/rules/<rule>.md). */
  rule: string;
  verdict: Verdict;
  kind: FindingKind;
  /** Plain-language explanation that names both values. */
  reason: string;
  /** The two values the rule compared, as written. */
  values?: { a: string; b: string };
  /** 0..1. */
  confidence: number;
  /**
   * The rule found both claims to tell of one event, though not in agreement (“began a strike on
   * Monday” / “ended their strike on Wednesday”): their articles then share ground.
   */
  oneEvent?: true;
  /** Alignment score of the pair, 0..1; 0 for conflicts found on the timeline rather than by alignment. */
  similarity: number;
  diff: DiffPart[];
  claims: [ClaimRef, ClaimRef];
  /** A reviewer's decision on this comparison, when there is one. */
  review?: ReviewState;
}

/** An inconsistency inside one article. */
export interface InternalFinding {
  /** `i-` + 12 hex digits, stable across runs. */
  id: string;
  article: string;
  rule: string;
  kind: FindingKind;
  reason: string;
  claims: ClaimRef[];
}

/** Per-article counts of how its claims fared. */
export interface SourceSummary {
  article: string;
  /** Number of claims extracted. */
  claims: number;
  /** Claims that another article agrees with or is compatible with. */
  corroborated: number;
  /** Claims in at least one `contradict` comparison. */
  contradicted: number;
  /** Claims no other article addresses. */
  singleSource: number;
  /** Claims with hedged modality (planned, expected, reported, possible). */
  hedged: number;
  /** Internal inconsistencies found in this article. */
  internal: number;
}

/** A claim stated by more than one article. */
export interface Corroboration {
  claim: ClaimRef;
  /** Other articles whose claims agree with it or are compatible, sorted. */
  articles: string[];
}

/** How much two articles share word for word: a sign that one copies the other (or both a wire). */
export interface CopyPair {
  a: string;
  b: string;
  /** Claims of `a` with a near-identical claim in `b` (normalised text, Dice ≥ 0.9). */
  sharedClaims: number;
  /** Characters of those claims in `a`. */
  sharedChars: number;
  /** sharedChars / the claim characters of the smaller article, 0..1. */
  share: number;
}

/** Per-source reliability measures, each with the inputs it was computed from. */
export interface SourceAudit {
  article: string;
  claims: number;
  /** Shares of the article's claims, 0..1. */
  corroboratedShare: number;
  contradictedShare: number;
  singleSourceShare: number;
  /** Claims corroborated by at least one other independent copy group (copies do not count). */
  independentlyCorroborated: number;
  hedged: number;
  /** Claims with no attribution (no speaker, no quote). */
  unattributed: number;
  internal: number;
  /** Conflicts involving this article that reviewers confirmed or dismissed. */
  confirmed: number;
  dismissed: number;
  /** Confirmed conflicts where a reviewer judged this article right, and where they judged the other right. */
  judgedRight: number;
  judgedWrong: number;
  /** Copy group id (`g<n>`) this article belongs to. */
  group: string;
  /** TruthFinder trust, 0..1. */
  trust: number;
  /** Mean confidence TruthFinder gives this article's claims, 0..1 (trust is this mean). */
  meanClaimConfidence: number;
  /** Links to other groups' claims that support and that contradict this article's claims. */
  supportingLinks: number;
  conflictingLinks: number;
}

/** Reliability audit of the sources of one run. */
export interface Audit {
  /** TruthFinder parameters used (see docs/audit.md). */
  truthFinder: { initialTrust: number; rho: number; gamma: number; iterations: number; converged: boolean };
  sources: SourceAudit[];
  /** Groups of articles that copy each other, as article ids; every article is in one group. */
  groups: { id: string; articles: string[] }[];
  /** Article pairs sharing noticeable text (share ≥ 0.2), most shared first. */
  copies: CopyPair[];
}

/** A problem with one input that was skipped or partly read. */
export interface InputProblem {
  /** File path or article id. */
  file: string;
  reason: string;
}

/** Everything one run found: the contents of `report.json`. */
export interface Report {
  /** Schema version of report.json. */
  version: 1;
  tool: { name: 'crosscheck'; version: string };
  articles: {
    id: string;
    path?: string;
    title?: string;
    outlet?: string;
    url?: string;
    published?: PublishedDate;
    /** Id of the article this one restates. */
    derivedFrom?: string;
  }[];
  topics: Topic[];
  events: EventGroup[];
  comparisons: Comparison[];
  internal: InternalFinding[];
  corroborated: Corroboration[];
  singleSource: ClaimRef[];
  sources: SourceSummary[];
  /** Dated happenings from all articles, in date order. */
  timeline: TimelineEntry[];
  /** Stored decisions whose comparison this run no longer finds. */
  orphanedDecisions: Decision[];
  /** Source reliability: measures, copy groups and TruthFinder trust. */
  audit: Audit;
  /** Inputs that were skipped, with why. */
  problems: InputProblem[];
}
