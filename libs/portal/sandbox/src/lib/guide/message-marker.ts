import type { OutboundMessageDetail } from '@portail/domain';
import type { GuideMarker } from './procedures';

/**
 * Which step an opened e-mail or letter is, for the message page to mark. The mailbox's URL
 * (`/bac-a-sable/courriels/:id`) does not say which message it is: its links, related entity and,
 * failing those, its subject do. The subjects are the API's (libs/api/signup, portfolio); a
 * reworded subject only loses the marker, the URL still places the trainee.
 */
export function guideMarkerOfMessage(message: OutboundMessageDetail): GuideMarker | null {
  const hrefs = message.links.map((link) => link.href);
  if (message.kind === 'letter') {
    return message.relatedEntityType === 'attachment' ? 'portfolio.security-code-letter' : null;
  }
  if (hrefs.some((href) => href.startsWith('/inscription/validation'))) {
    return 'signup.validation-email';
  }
  if (hrefs.some((href) => href.startsWith('/activation'))) {
    return 'accounts.activation-email';
  }
  if (message.relatedEntityType === 'portfolio') {
    return 'accounts.transfer-email';
  }
  if (message.relatedEntityType === 'attachment') {
    if (message.subject.includes('demande le rattachement')) {
      return 'portfolio.attachment-email';
    }
    return message.subject.includes('est rattaché') ? 'portfolio.attached-email' : null;
  }
  return message.subject === 'Votre mot de passe provisoire' ? 'signup.password-email' : null;
}
