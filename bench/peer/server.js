// The peer of the benchmark (issue 6): @neo4j/graphql 7 served by Apollo Server, over the same database as the
// service (the app's embedded Bolt). The type definitions mirror the service's model for what the benchmark
// asks the peer: project detail with nested units, campaign and funding, and a filtered, sorted, paginated
// list of regions with their parent. Environment: PEER_BOLT (bolt://127.0.0.1:7699), PEER_PORT (4000).
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  enum RegionLevel { PROVINCE CITY COUNTY TOWNSHIP VILLAGE NATURAL_VILLAGE ZONE }

  type Region @node {
    id: ID!
    name: String
    level: RegionLevel
    parent: Region @relationship(type: "WITHIN", direction: OUT)
  }

  type Organization @node {
    id: ID!
    name: String
  }

  type Campaign @node {
    id: ID!
    name: String
  }

  type FundFlow @node {
    id: ID!
    name: String
    flowType: String
  }

  type Project @node {
    id: ID!
    name: String
    status: String
    campaign: Campaign @relationship(type: "PART_OF", direction: OUT)
    leadUnits: [Organization!]! @relationship(type: "LEADS", direction: IN)
    participatingUnits: [Organization!]! @relationship(type: "PARTICIPATES_IN", direction: IN)
    funding: [FundFlow!]! @relationship(type: "TO", direction: IN)
  }
`;

const driver = neo4j.driver(process.env.PEER_BOLT ?? "bolt://127.0.0.1:7699", neo4j.auth.basic("neo4j", "unused"));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port: Number(process.env.PEER_PORT ?? 4000) },
});
console.log(`peer ready at ${url}`);
