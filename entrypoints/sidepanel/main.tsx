import { render } from 'preact';
import { App } from '@/components/App';

const root = document.getElementById('app')!;
const tabParam = new URLSearchParams(location.search).get('tabId');
render(<App boundTabId={tabParam ? Number(tabParam) : null} />, root);
