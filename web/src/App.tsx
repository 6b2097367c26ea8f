// The web client: the sign-in screen (and the /signin?code=… link), or the explorer with who is signed in.
import { AccountMenu } from './components/AccountMenu.js';
import { useSession } from './hooks/useSession.js';
import { ExplorerShell } from './routes/ExplorerShell.js';
import { SignInPage } from './routes/SignInPage.js';

/** The code of a `/signin?code=…` link, read once when the page opens. */
const signInCode =
  window.location.pathname === '/signin'
    ? (new URLSearchParams(window.location.search).get('code') ?? undefined)
    : undefined;

export function App() {
  const session = useSession();
  if (window.location.pathname === '/signin' || signInCode) return <SignInPage code={signInCode} />;
  switch (session.status) {
    case 'loading':
      return <div className="app" aria-busy="true" />;
    case 'signed-out':
      return <SignInPage ended={session.ended} />;
    case 'signed-in':
      return <ExplorerShell account={<AccountMenu me={session.me} />} me={session.me} />;
    case 'public':
      return <ExplorerShell account={<AccountMenu me={null} />} me={null} />;
    case 'unknown':
      return <ExplorerShell />;
  }
}
