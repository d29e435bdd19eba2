-- Themes of the learning agenda are edited by the coordination team: a gap theme (lacune) says why
-- it is one, and a retired theme stays on existing offerings and questions but is no longer offered.
ALTER TABLE "themes" ADD COLUMN "gap_reason_nl" TEXT;
ALTER TABLE "themes" ADD COLUMN "gap_reason_en" TEXT;
ALTER TABLE "themes" ADD COLUMN "retired_at" TIMESTAMPTZ(3);
ALTER TABLE "themes" ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "themes" ADD CONSTRAINT "themes_id_slug" CHECK ("id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("id") <= 80);

-- Offerings say when (and by whom) someone last checked that their facts still hold. The seeded
-- example networks, whose current state the sources do not tell, need checking before they are
-- presented as open to join.
ALTER TABLE "offerings" ADD COLUMN "needs_verification" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "offerings" ADD COLUMN "last_verified_at" TIMESTAMPTZ(3);
ALTER TABLE "offerings" ADD COLUMN "last_verified_by_id" UUID;
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_last_verified_by_id_fkey" FOREIGN KEY ("last_verified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The seeded example networks already in the catalogue need checking.
UPDATE "offerings" SET "needs_verification" = true WHERE "last_verified_at" IS NULL AND "slug" IN (
  'wsd-flevoland-almere-signaleren',
  'wsd-flevoland-wijkleernetwerk-wijkverpleegkundigen',
  'wsd-friesland-leernetwerk-wijkverpleging',
  'wsd-friesland-dcm-in-vg',
  'wsd-noord-brabant-fontys',
  'wsd-zuyd-optimale-maatschappelijke-ondersteuning',
  'wsd-regio-zwolle-leerinfrastructuur-swt',
  'wsd-noord-holland-lins-verpleegkunde',
  'wsd-zuid-holland-zuid',
  'wsd-den-haag-leiden-kennis-leernetwerk',
  'learning-community-samenwerken-in-de-wijk',
  'wsd-nijmegen-project-venlo',
  'leefwereldteam-utrecht',
  'vathorst-inclusief',
  'ontwikkelwerkplaatsen-provincie-utrecht',
  'ontwikkelwerkplaats-arbeid-en-inclusie',
  'ontwikkelwerkplaats-meedoen-en-erbij-horen',
  'ontwikkelwerkplaats-langdurige-begeleiding-buurtteams-utrecht',
  'ontwikkelwerkplaats-positionering-maatschappelijk-werk-nieuwegein',
  'leernetwerk-samenspel-formele-informele-zorg-lvb',
  'leernetwerk-samenspel-formele-informele-zorg-nah',
  'participatie-zorg-en-ondersteuning',
  'wsd-flevoland-action-learning-trajecten',
  'zorglandschap-jeugd-flevoland',
  'werkplaatsen-sociaal-domein',
  'werkplaats-samen',
  'leernetwerk-van-jeugdzorg-naar-familie-en-netwerkkracht',
  'cop-gewogen-maatwerk',
  'leernetwerk-echt-samenwerken-met-jongeren',
  'samen-werken-samen-leren',
  'leernetwerk-ouderschap-2040',
  'leernetwerk-jongerenparticipatie-in-onderzoek',
  'ihub-expertisenetwerk',
  'cop-arbeid-marcel-van-druenen',
  'buurt-in-bloei-eindhoven',
  'professionaliseren-yes-amsterdam',
  'leernetwerk-integraal-werken-leiden',
  'leernetwerken-wijkverpleging-zorg-voor-beter',
  'academische-werkplaatsen',
  'transitiearena-waardevolwerk'
);
