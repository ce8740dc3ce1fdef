import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { SandboxMode } from '@portail/portal-ui';
import { SessionStore } from '@portail/portal-identity';

interface Procedure {
  title: string;
  description: string;
}

/** The public home page: what the portal is for, and where to start. */
@Component({
  selector: 'pt-home-page',
  imports: [RouterLink, MatButton],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  /** A signed-in person is offered their own space rather than « Se connecter ». */
  protected readonly session = inject(SessionStore);
  protected readonly sandbox = inject(SandboxMode);
  protected readonly procedures: readonly Procedure[] = [
    {
      title: 'Créer votre espace en tant que Tiers mandaté',
      description:
        'Inscrivez-vous avec le SIRET de votre cabinet, validez votre adresse courriel, puis votre Urssaf finalise le paramétrage de votre compte.',
    },
    {
      title: 'Ajouter un client à votre portefeuille',
      description:
        'Saisissez le SIREN de l’entreprise, puis finalisez le rattachement par les deux questions secrètes ou le code de sécurité reçu par courrier.',
    },
    {
      title: 'Gérer les comptes de vos collaborateurs',
      description:
        'Ajoutez un compte, définissez ses droits et attribuez-lui un portefeuille clients ; il active son compte dans les 24 h.',
    },
    {
      title: 'Transférer un portefeuille',
      description:
        'Au changement d’un responsable, transférez tous les clients vers un nouveau compte administrateur, sans les supprimer ni les réenregistrer.',
    },
  ];
}
