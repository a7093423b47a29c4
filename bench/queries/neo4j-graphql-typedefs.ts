// The quote graph as the Neo4j GraphQL Library (@neo4j/graphql) sees it: the labels and
// relationships of docs/ARCHITECTURE.md mapped one to one, so that it serves the very graph
// our API serves. Newest-first needs the article's date on the quote: a @cypher field.

export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type Alias @node {
    key: String!
    people: [Person!]! @relationship(type: "NAMES", direction: OUT)
  }

  type Person @node(labels: ["Person", "Entity"]) {
    id: ID!
    name: String!
    aliases: [String!]!
    description: String
    said: [Quote!]! @relationship(type: "SAID_BY", direction: IN)
    quotedAbout: [Quote!]! @relationship(type: "ABOUT", direction: IN)
    roles: [Role!]! @relationship(type: "HOLDS", direction: OUT)
  }

  type Organisation @node(labels: ["Organisation", "Entity"]) {
    id: ID!
    name: String!
  }

  type Place @node(labels: ["Place", "Entity"]) {
    id: ID!
    name: String!
  }

  type Role @node {
    id: ID!
    title: String!
    current: Boolean!
    startDate: String
    endDate: String
    organisation: [Organisation!]! @relationship(type: "IN_ORGANISATION", direction: OUT)
    place: [Place!]! @relationship(type: "FOR_PLACE", direction: OUT)
  }

  type Article @node {
    id: ID!
    title: String!
    publishedAt: String
  }

  type Quote @node {
    id: ID!
    text: String!
    kind: String!
    start: Int!
    end: Int!
    cue: String
    publishedAt: String
      @cypher(statement: "MATCH (this)-[:IN_ARTICLE]->(a:Article) RETURN coalesce(toString(a.publishedAt), '') AS publishedAt", columnName: "publishedAt")
    articleId: String
      @cypher(statement: "MATCH (this)-[:IN_ARTICLE]->(a:Article) RETURN a.id AS articleId", columnName: "articleId")
    speaker: [Person!]! @relationship(type: "SAID_BY", direction: OUT)
    article: [Article!]! @relationship(type: "IN_ARTICLE", direction: OUT)
  }
`;
