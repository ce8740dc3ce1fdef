import type { OutboundMessageDetail } from '@portail/domain';
import { guideMarkerOfMessage } from './message-marker';

function message(patch: Partial<OutboundMessageDetail>): OutboundMessageDetail {
  return {
    id: 'm1',
    kind: 'email',
    recipient: 'claire.martin@cabinet-martin.fr',
    subject: 'Bonjour',
    createdAt: '2026-11-27T15:30:00.000Z',
    bounced: false,
    lost: false,
    body: 'Bonjour,',
    links: [],
    postalAddress: null,
    relatedEntityType: null,
    relatedEntityId: null,
    resendable: false,
    ...patch,
  };
}

describe('guideMarkerOfMessage', () => {
  it('knows the signup e-mails by their link, then by their subject', () => {
    const validation = message({
      subject: 'Validez votre adresse courriel',
      links: [{ label: 'Valider mon adresse courriel', href: '/inscription/validation?token=t' }],
      relatedEntityType: 'person',
    });
    expect(guideMarkerOfMessage(validation)).toBe('signup.validation-email');
    expect(guideMarkerOfMessage(message({ subject: 'Votre mot de passe provisoire', relatedEntityType: 'person' }))).toBe(
      'signup.password-email',
    );
    expect(guideMarkerOfMessage(message({ subject: 'Votre mot de passe a été modifié', relatedEntityType: 'person' }))).toBeNull();
  });

  it('knows the messages of the portfolio and of « Gérer les comptes »', () => {
    expect(
      guideMarkerOfMessage(message({ kind: 'letter', subject: 'Votre code de sécurité', relatedEntityType: 'attachment' })),
    ).toBe('portfolio.security-code-letter');
    expect(guideMarkerOfMessage(message({ kind: 'letter', relatedEntityType: 'welcome' }))).toBeNull();
    expect(
      guideMarkerOfMessage(
        message({ subject: 'Cabinet Martin demande le rattachement de votre compte', relatedEntityType: 'attachment' }),
      ),
    ).toBe('portfolio.attachment-email');
    expect(
      guideMarkerOfMessage(message({ subject: 'Votre compte est rattaché à Cabinet Martin', relatedEntityType: 'attachment' })),
    ).toBe('portfolio.attached-email');
    expect(
      guideMarkerOfMessage(message({ links: [{ label: 'Activer mon compte', href: '/activation?jeton=j' }] })),
    ).toBe('accounts.activation-email');
    expect(guideMarkerOfMessage(message({ relatedEntityType: 'portfolio' }))).toBe('accounts.transfer-email');
  });
});
