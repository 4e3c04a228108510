// The version of the search index's shape, apart from the index code so that the cache can check
// a stored index without loading that code: a stored index of another format is rebuilt.
export const SEARCH_INDEX_FORMAT = 12;

/**
 * Characters a document's length takes in SearchIndex.lengths (and a concept's in conceptLengths):
 * two hold twice a length up to 4049 terms, far beyond any standard.
 */
export const LENGTH_WIDTH = 2;
