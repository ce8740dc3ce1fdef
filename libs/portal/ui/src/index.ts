export { SiteHeader } from './lib/site-header/site-header';
export { SiteFooter } from './lib/site-footer/site-footer';
export { SandboxBar } from './lib/sandbox-bar/sandbox-bar';
export { Notice, type NoticeKind } from './lib/notice/notice';
export { PageHeading } from './lib/page-heading/page-heading';
export { SandboxHint } from './lib/sandbox-hint/sandbox-hint';
export { SandboxMode } from './lib/sandbox-mode/sandbox-mode';
export { formatDateTime, formatSandboxTime } from './lib/date-time/format-date-time';
export {
  SPACE_KIND_LABELS,
  SPACE_ROLE_LABELS,
  SPACE_STATUS_LABELS,
  describeSpace,
  formatSiret,
} from './lib/space-labels/space-labels';
