// The version of the search index's shape, apart from the index code so that the cache can check
// a stored index without loading that code: a stored index of another format is rebuilt.
export const SEARCH_INDEX_FORMAT = 7;
