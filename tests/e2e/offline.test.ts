import { setUpBrowser } from './browser';
import { describeOfflineReading } from './offline-reading';

// Issue 17, point 3, under `next start`: an opened article read offline in both languages, the
// offline page for a page never opened, a kept page replaced once online, and the manifests.

describeOfflineReading(setUpBrowser());
