// The synthetic corpus lives with the benchmark (bench/ must not depend on tests/); re-exported here
// so the search measurements keep their import.
export * from '../../../../../bench/corpus/synthetic-corpus';
