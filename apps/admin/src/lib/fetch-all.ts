import { paginate, type ConnectionPage, type PlenaryClient, type PlenaryDocument } from '@plenary/sdk';

// The API's largest page; a list of every State (197) or every invitation of a meeting takes two or three.
const PAGE_SIZE = 100;

/** Every node of a connection, walking its pages. */
export async function fetchAll<Result, Variables, Node>(
  client: PlenaryClient,
  document: PlenaryDocument<Result, Variables>,
  variables: Omit<Variables, 'first' | 'after'>,
  connection: (data: Result) => ConnectionPage<Node> | null | undefined,
): Promise<Node[]> {
  const nodes: Node[] = [];
  for await (const node of paginate(client, { document, variables, connection, pageSize: PAGE_SIZE })) nodes.push(node);
  return nodes;
}
