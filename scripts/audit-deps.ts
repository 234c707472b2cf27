/**
 * `npm run deps:audit`: fails on any high or critical advisory for a package the app runs with
 * (`npm audit --omit=dev`; devDependencies only build and test it).
 *
 * Where the registry does not offer its advisory endpoint (some mirrors and proxies answer
 * 405 to the audit's POST), there is nothing to check against: this says so, loudly, and does
 * not fail, rather than stop every build on a network that cannot audit.
 */
import { spawnSync } from 'node:child_process';

interface AuditReport {
  metadata?: { vulnerabilities?: Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; fixAvailable: unknown }>;
  statusCode?: number;
  message?: string;
}

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report: AuditReport;
try {
  report = JSON.parse(result.stdout) as AuditReport;
} catch {
  console.error(`npm audit printed no report (exit ${result.status}):\n${result.stderr}`);
  process.exit(1);
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  console.warn(`npm audit could not run: ${report.message ?? 'no advisory data'}`);
  console.warn('No advisory was checked. Run `npm audit --omit=dev` where the registry offers its audit endpoint.');
  process.exit(report.statusCode === 405 || report.statusCode === 404 ? 0 : 1);
}

const serious = Object.entries(report.vulnerabilities ?? {}).filter(
  ([, v]) => v.severity === 'high' || v.severity === 'critical',
);
console.log(
  `npm audit --omit=dev: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low`,
);
for (const [name, v] of serious) console.error(`  ${v.severity}: ${name}`);
process.exit(serious.length > 0 ? 1 : 0);
