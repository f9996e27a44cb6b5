export { ColumnSpecSchema, VOCABULARY_NAMES, type ColumnSpec, type GeneratorName, type VocabularyName, type TextKind, type ReviewSubject, type AddressField, type IdentifierKind } from './column-spec.js';
export { PlanSchema, DistributionSchema, ForeignKeyPlanSchema, TablePlanSchema, type Plan, type TablePlan, type ForeignKeyPlan, type Distribution } from './plan-schema.js';
export { planFor, planReport, DEFAULT_REFERENCE_DATE, DEFAULT_ROWS, type PlanOptions, type PlanReport } from './plan-for.js';
export type { RowCap } from './row-counts.js';
export { validatePlan } from './validate-plan.js';
export { conjuncts } from './compile-checks.js';
export { likeSegments, isShapingLike, type LikeSegment } from './like-segments.js';
export { generatorFits, uniqueCapacity, IDENTIFIER_DISTINCT_LENGTH } from './generator-compat.js';
export { describeReference } from './infer/infer-foreign-keys.js';
