import { startApp } from './app/app.tsx';
import { warmUpIntl } from './app/warm-up-intl.ts';
import './app/styles.css';

warmUpIntl();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
void startApp(root);
