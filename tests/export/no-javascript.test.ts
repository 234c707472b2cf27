import { setUpBrowser } from '../e2e/browser';
import { describeWithoutJavaScript } from '../e2e/no-javascript';

// Issue 13, point 1, in the static export (`out/`, served as a static host would): with
// JavaScript off, flips and views work by the stylesheet alone, share is a plain link to the
// paragraph's page, the language link opens the other language, and axe finds nothing.

const { newPage } = setUpBrowser();

describeWithoutJavaScript(newPage);
