/** The articles feature's public entry: the article list and the article pane, for the app. */
export { ArticleList } from './components/article-list.tsx';
export { ArticlePane } from './components/article-pane.tsx';
