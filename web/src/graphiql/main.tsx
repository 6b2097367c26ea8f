// The GraphQL IDE (GraphiQL), bundled so it works offline; opened at GET /graphql in a browser.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

const defaultQuery = `# Scamgraph GraphQL API. Try:
query Overview {
  stats { totalNodes totalRelationships nodes { kind count } }
  lookup(value: "hxxps://example[.]com/login") { recognized kind normalized id entity { id display } reason message }
}
`;

const root = document.getElementById('root');
if (root) createRoot(root).render(<GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />);
