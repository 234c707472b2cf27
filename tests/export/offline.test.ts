import { setUpBrowser } from '../e2e/browser';
import { describeOfflineReading } from '../e2e/offline-reading';

// Issue 17, point 3, in the static export (`out/`, served as a static host would): the worker
// built from the exported pages (out/sw.js), the same offline reading and manifests.

describeOfflineReading(setUpBrowser());
