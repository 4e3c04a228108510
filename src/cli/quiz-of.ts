// A quiz over the loaded library, made as a thousand users' codes allow. What it draws on from
// the whole library is kept as library views (cache/library-views.ts), each made, where it is not
// stored, by reading the codes a code at a time (code-turns.ts), and stored: the library's
// vocabulary and wording (material-pack.ts), the strength of every standard (stored once all of
// them were read), and on a topic the places of its standards in each code (users' codes'
// concepts from the search index). A warm quiz reads only the codes of the standards it asks about.
import type { Quiz, QuizMaterial, QuizOptions } from "../core/study/quiz.js";
import type { ScopeRequest } from "../core/study/scope.js";
import { allStandards, codeSize, type Code, type Topic } from "../model.js";
import { codeOfKey, standardKeyOf } from "../core/codes/standard-text.js";
import { EthicsError } from "../core/errors.js";
import { ethicsForLibrary } from "../core/command-start.js";
import { rememberPacked, storedView } from "./cache/stored-views.js";
import { eachCode } from "./code-turns.js";
import { defaultCodeNames } from "./default-codes.js";
import type { LoadedLibrary } from "./library.js";
import { refuseLookalikeName } from "../core/codes/lookalike-refusal.js";
import { oneTopicOption } from "./several-topics.js";

const STRENGTHS_VIEW = "quiz: confident strengths";
const MATERIAL_VIEW = "quiz: vocabulary and wording";
const PLACES_VIEW = "quiz: places of the standards on the topic ";

type Quizzes = typeof import("../core/study/quiz.js");
type Material = Pick<QuizMaterial, "vocabulary" | "wording">;

/**
 * The vocabulary and wording of the quiz's codes (quizCodes: the library's, or the built-in
 * codes and those asked for): unpacked from the library view where it is stored (one entry,
 * where making them reads and tokenizes every code), else made a code at a time and stored.
 */
async function materialOf(loaded: LoadedLibrary, quizzes: Quizzes, codes: readonly Code[]): Promise<Material> {
  const { library, views } = loaded;
  const make = async () => {
    const builder = new quizzes.QuizMaterialBuilder();
    await eachCode(codes, (code) => builder.add(code));
    return builder.done();
  };
  if (!views) return make();
  const sizes = codes.map((code) => ({ id: code.id, standards: codeSize(code).standards }));
  const what = codes === library.codes ? MATERIAL_VIEW : `${MATERIAL_VIEW} of ${codes.map((code) => code.id).join(",")}`;
  return rememberPacked(views, what, quizzes.packQuizMaterial, (packed) => quizzes.unpackQuizMaterial(packed, sizes), make);
}

type Member = ReturnType<Quizzes["scopeMember"]>;

/**
 * Each code's part of the scope. On a topic, over every code, the places of its standards on it
 * are a library view: finding them reads every code and the concepts the search index gives
 * users' codes (a thousand codes: ~0.7 s and the 200 MiB reading them takes).
 */
async function membersOf(loaded: LoadedLibrary, quizzes: Quizzes, codes: Code[], topic: Topic | null): Promise<Member[]> {
  const { library, views } = loaded;
  const make = async () => {
    if (topic) await (await import("./topic-views.js")).useIndexConcepts(loaded, quizzes);
    const members: Member[] = [];
    await eachCode(codes, (code) => members.push(quizzes.scopeMember(library, code, topic)));
    return members;
  };
  if (!topic || !views || codes !== library.codes) return make();
  const sizes = codes.map((code) => codeSize(code).standards);
  const pack = (members: Member[]) => quizzes.packPlaces(members.map((member) => member.places!));
  const unpack = (packed: unknown) => quizzes.unpackPlaces(packed, sizes).map((places, at): Member => ({ code: codes[at]!, places, count: places.length }));
  return rememberPacked(views, `${PLACES_VIEW}${topic.id}`, pack, unpack, make);
}

/**
 * The members restricted to the standards of `review` (standardKeyOf keys): only the codes that
 * hold some are read. Null where none of them is in the scope.
 */
function reviewMembers(members: readonly Member[], review: ReadonlySet<string>): Member[] | null {
  const codes = new Set([...review].map(codeOfKey));
  const kept = members.map((member): Member => {
    if (!codes.has(member.code.id)) return { code: member.code, places: [], count: 0 };
    const all = allStandards(member.code);
    const places = (member.places ?? all.map((_, place) => place)).filter((place) => review.has(standardKeyOf(all[place]!)));
    return { code: member.code, places, count: places.length };
  });
  return kept.some((member) => member.count > 0) ? kept : null;
}

/**
 * `review`: only these standards (standardKeyOf keys), the standards a person missed before
 * (quiz --review); an error where none of them is in the scope. With `askEachOnce` (no --count
 * given), a review asks about each of them in the scope once, up to `options.count`.
 */
export async function quizOf(loaded: LoadedLibrary, request: ScopeRequest, options: QuizOptions, review?: { keys: ReadonlySet<string>; askEachOnce: boolean }): Promise<Quiz> {
  const { library, views } = loaded;
  // This bundle's copy of topics.ts and scope.ts, which the index's concepts must be given to.
  const quizzes = await import("../core/study/quiz.js");
  const codes = quizzes.scopeCodes(library, request);
  const topic = request.topic === undefined ? null : oneTopicOption(request.topic, (name) => quizzes.resolveTopic(library.topics, name, () => library.concepts), quizzes.topicNamesWhole);
  if (topic) refuseLookalikeName(request.topic!, "topic", topic.id);
  const members = await membersOf(loaded, quizzes, codes, topic);
  const reviewed = review && reviewMembers(members, review.keys);
  if (reviewed === null) throw noneToReview(codes, topic, library.codes.length);
  const scope = quizzes.positionedScope(codes, topic, reviewed ?? members);
  const material = await materialOf(loaded, quizzes, quizzes.quizCodes(library, quizzes.codesAsked(scope)));
  const total = library.codes.reduce((sum, code) => sum + codeSize(code).standards, 0);
  const isStrengths = (value: unknown): value is string => quizzes.isConfidentStrengths(value, total);
  const stored = views ? await storedView(views, STRENGTHS_VIEW, isStrengths) : null;
  const worked = new Map<Code, string>();
  const strengths = stored !== null ? quizzes.strengthsByCode(library.codes, stored) : (code: Code) => worked.get(code) ?? worked.set(code, quizzes.confidentStrengths([code])).get(code)!;
  const count = review?.askEachOnce ? Math.min(options.count, scope.count) : options.count;
  const quiz = quizzes.makeQuiz(library, scope, { ...options, count }, { ...material, strengths });
  if (views && stored === null && worked.size === library.codes.length) {
    await views.remember(STRENGTHS_VIEW, isStrengths, async () => library.codes.map((code) => worked.get(code)!).join(""));
  }
  return quiz;
}

/** quiz --review narrowed (by --code or --topic) to none of the standards to review. */
function noneToReview(codes: readonly Code[], topic: Topic | null, loaded: number): EthicsError {
  const within = [...(codes.length < loaded ? [codes.map((code) => code.id).join(", ")] : []), ...(topic ? [`the topic ${topic.id}`] : [])].join(" on ");
  // Without --code, ETHICS_CODE would narrow it again.
  const everyCode = defaultCodeNames(process.env) !== undefined ? " --all-codes" : "";
  return new EthicsError(`none of the standards to review is in ${within || "the codes loaded"}`, `\`${ethicsForLibrary()} quiz --review${everyCode}\` asks about all of them`);
}
