export { SiteHeader } from './lib/site-header/site-header';
export { SiteFooter } from './lib/site-footer/site-footer';
export { SandboxBar } from './lib/sandbox-bar/sandbox-bar';
export { formatDateTime, formatSandboxTime } from './lib/date-time/format-date-time';
