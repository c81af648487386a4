// Foundation schema: organisation tree (temporal), people, posts, terms, tenures, accounts,
// sessions, audit trail, regulation settings. Raw SQL on purpose: migrations never import app
// code, and the same SQL must run on PostgreSQL 15 and on PGlite (PostgreSQL 18).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE EXTENSION IF NOT EXISTS btree_gist;

    -- Reference: administrative units (both the 2025 two-tier list and the pre-2025 list).
    CREATE TABLE admin_unit (
      id          text PRIMARY KEY,            -- '2025:P:01', '2025:C:00004', 'pre:D:001', ...
      era         text NOT NULL CHECK (era IN ('2025', 'pre2025')),
      level       text NOT NULL CHECK (level IN ('province', 'district', 'commune')),
      code        text NOT NULL,               -- official zero-padded NSO code
      name        text NOT NULL,
      type        text NOT NULL,               -- 'tỉnh', 'xã', 'phường', ...
      parent_id   text REFERENCES admin_unit(id),
      search_text text NOT NULL
    );
    CREATE INDEX admin_unit_parent_idx ON admin_unit (parent_id);
    CREATE INDEX admin_unit_search_idx ON admin_unit USING gin (search_text gin_trgm_ops);
    CREATE TABLE admin_unit_successor (
      old_id text NOT NULL REFERENCES admin_unit(id),
      new_id text NOT NULL REFERENCES admin_unit(id),
      full_transfer boolean NOT NULL,
      PRIMARY KEY (old_id, new_id)
    );

    -- Regulation settings: numbers set by regulations, versioned by effective date.
    CREATE TABLE regulation_setting (
      key            text NOT NULL,
      effective_from date NOT NULL,
      value          jsonb NOT NULL,
      source         text NOT NULL,
      PRIMARY KEY (key, effective_from)
    );

    -- Organisation tree. A unit lives [valid_from, valid_to); NULL valid_to = still open.
    CREATE TABLE org_unit (
      id           uuid PRIMARY KEY,
      kind         text NOT NULL,
      name         text NOT NULL,
      short_name   text,
      admin_unit_id text REFERENCES admin_unit(id),
      valid_from   date NOT NULL,
      valid_to     date,
      search_text  text NOT NULL,
      version      integer NOT NULL DEFAULT 1,
      created_at   timestamptz NOT NULL DEFAULT now(),
      updated_at   timestamptz NOT NULL DEFAULT now(),
      CHECK (valid_to IS NULL OR valid_to > valid_from)
    );
    CREATE INDEX org_unit_kind_idx ON org_unit (kind);
    CREATE INDEX org_unit_admin_idx ON org_unit (admin_unit_id);
    CREATE INDEX org_unit_search_idx ON org_unit USING gin (search_text gin_trgm_ops);

    CREATE TABLE org_unit_link (
      id         uuid PRIMARY KEY,
      parent_id  uuid NOT NULL REFERENCES org_unit(id),
      child_id   uuid NOT NULL REFERENCES org_unit(id),
      valid_from date NOT NULL,
      valid_to   date,
      CHECK (valid_to IS NULL OR valid_to > valid_from),
      CHECK (parent_id <> child_id),
      -- a unit has at most one parent at any date
      EXCLUDE USING gist (child_id WITH =, daterange(valid_from, valid_to) WITH &&)
    );
    CREATE INDEX org_unit_link_parent_idx ON org_unit_link (parent_id, valid_from);

    -- Insert-only closure over every parent link ever valid and every merge/split history link,
    -- used for scope checks: a scope on a unit covers its whole history.
    CREATE TABLE org_unit_closure (
      ancestor_id   uuid NOT NULL REFERENCES org_unit(id),
      descendant_id uuid NOT NULL REFERENCES org_unit(id),
      PRIMARY KEY (ancestor_id, descendant_id)
    );
    CREATE INDEX org_unit_closure_desc_idx ON org_unit_closure (descendant_id);

    -- Merge / split / dissolve events with their history links.
    CREATE TABLE org_unit_event (
      id            uuid PRIMARY KEY,
      kind          text NOT NULL CHECK (kind IN ('merge', 'split')),
      effective_on  date NOT NULL,
      decision_ref  text,
      note          text,
      created_at    timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE org_unit_history (
      event_id      uuid NOT NULL REFERENCES org_unit_event(id),
      predecessor_id uuid NOT NULL REFERENCES org_unit(id),
      successor_id  uuid NOT NULL REFERENCES org_unit(id),
      PRIMARY KEY (event_id, predecessor_id, successor_id)
    );
    CREATE INDEX org_unit_history_succ_idx ON org_unit_history (successor_id);
    CREATE INDEX org_unit_history_pred_idx ON org_unit_history (predecessor_id);

    -- Terms (nhiệm kỳ).
    CREATE TABLE term (
      id         text PRIMARY KEY,              -- 'party-2025-2030', 'state-2026-2031'
      body       text NOT NULL CHECK (body IN ('party', 'state')),
      name       text NOT NULL,
      start_year integer NOT NULL,
      end_year   integer NOT NULL,
      CHECK (end_year > start_year)
    );

    -- People.
    CREATE TABLE person (
      id                         uuid PRIMARY KEY,
      unit_id                    uuid NOT NULL REFERENCES org_unit(id),
      family_name                text NOT NULL,
      middle_name                text NOT NULL DEFAULT '',
      given_name                 text NOT NULL,
      gender                     text NOT NULL CHECK (gender IN ('male', 'female')),
      date_of_birth              date NOT NULL,
      birthplace_id              text REFERENCES admin_unit(id),
      hometown_id                text REFERENCES admin_unit(id),
      ethnicity                  text NOT NULL DEFAULT 'Kinh',
      religion                   text NOT NULL DEFAULT '',
      citizen_id                 text,
      education_level            text,
      professional_qualification text,
      political_theory_level     text,
      state_management_level     text,
      party_admission_date       date,
      party_full_date            date,
      kind                       text NOT NULL CHECK (kind IN ('cadre', 'civil_servant', 'public_employee', 'party_member')),
      cadre_group                text,
      phone                      text,
      email                      text,
      search_text                text NOT NULL,
      sort_key                   text COLLATE "C" NOT NULL,
      version                    integer NOT NULL DEFAULT 1,
      created_at                 timestamptz NOT NULL DEFAULT now(),
      updated_at                 timestamptz NOT NULL DEFAULT now(),
      CHECK (party_full_date IS NULL OR party_admission_date IS NOT NULL),
      CHECK (party_full_date IS NULL OR party_full_date >= party_admission_date)
    );
    CREATE UNIQUE INDEX person_citizen_id_key ON person (citizen_id) WHERE citizen_id IS NOT NULL;
    CREATE INDEX person_unit_sort_idx ON person (unit_id, sort_key, id);
    CREATE INDEX person_sort_idx ON person (sort_key, id);
    CREATE INDEX person_search_idx ON person USING gin (search_text gin_trgm_ops);

    CREATE TABLE person_residence (
      id            uuid PRIMARY KEY,
      person_id     uuid NOT NULL REFERENCES person(id),
      admin_unit_id text REFERENCES admin_unit(id),
      address       text NOT NULL DEFAULT '',
      valid_from    date NOT NULL,
      valid_to      date,
      CHECK (valid_to IS NULL OR valid_to > valid_from)
    );
    CREATE INDEX person_residence_person_idx ON person_residence (person_id, valid_from);

    -- Posts and tenures.
    CREATE TABLE post (
      id          uuid PRIMARY KEY,
      unit_id     uuid NOT NULL REFERENCES org_unit(id),
      title       text NOT NULL,
      is_head     boolean NOT NULL DEFAULT false,
      is_key      boolean NOT NULL DEFAULT false,
      cadre_group text,
      rank        integer NOT NULL DEFAULT 100,
      valid_from  date NOT NULL,
      valid_to    date,
      version     integer NOT NULL DEFAULT 1,
      CHECK (valid_to IS NULL OR valid_to > valid_from)
    );
    CREATE INDEX post_unit_idx ON post (unit_id, rank);

    CREATE TABLE tenure (
      id           uuid PRIMARY KEY,
      person_id    uuid NOT NULL REFERENCES person(id),
      post_id      uuid NOT NULL REFERENCES post(id),
      term_id      text REFERENCES term(id),
      start_date   date NOT NULL,
      end_date     date,
      how          text NOT NULL CHECK (how IN ('elected', 'appointed', 'rotated', 'transferred', 'concurrent')),
      decision_ref text,
      version      integer NOT NULL DEFAULT 1,
      created_at   timestamptz NOT NULL DEFAULT now(),
      CHECK (end_date IS NULL OR end_date >= start_date)
    );
    CREATE INDEX tenure_person_idx ON tenure (person_id, start_date);
    CREATE INDEX tenure_post_idx ON tenure (post_id, start_date);

    -- Accounts, role bindings, sessions.
    CREATE TABLE account (
      id                   uuid PRIMARY KEY,
      username             text NOT NULL UNIQUE,
      display_name         text NOT NULL,
      password_hash        text NOT NULL,
      person_id            uuid REFERENCES person(id),
      locale               text NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi', 'en')),
      failed_attempts      integer NOT NULL DEFAULT 0,
      locked_until         timestamptz,
      disabled             boolean NOT NULL DEFAULT false,
      password_changed_at  timestamptz NOT NULL DEFAULT now(),
      version              integer NOT NULL DEFAULT 1,
      created_at           timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE role_binding (
      id         uuid PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES account(id),
      role       text NOT NULL CHECK (role IN ('admin', 'organising', 'standing', 'office', 'cadre', 'cell_secretary', 'inspection')),
      unit_id    uuid NOT NULL REFERENCES org_unit(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (account_id, role, unit_id)
    );
    CREATE TABLE session (
      id           text PRIMARY KEY,             -- sha256 of the cookie token
      account_id   uuid NOT NULL REFERENCES account(id),
      csrf_token   text NOT NULL,
      created_at   timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at   timestamptz NOT NULL,
      ip           text,
      user_agent   text
    );
    CREATE INDEX session_account_idx ON session (account_id);
    CREATE TABLE login_throttle (
      key          text PRIMARY KEY,             -- 'ip:1.2.3.4'
      window_start timestamptz NOT NULL,
      attempts     integer NOT NULL
    );

    -- Audit trail, hash-chained. audit_head serialises writers so the chain has one order.
    CREATE TABLE audit_head (
      id       integer PRIMARY KEY CHECK (id = 1),
      last_seq bigint NOT NULL,
      last_hash text NOT NULL
    );
    INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64));
    CREATE TABLE audit_event (
      seq          bigint PRIMARY KEY,
      occurred_at  timestamptz NOT NULL,
      actor_id     uuid,
      actor_name   text NOT NULL,
      action       text NOT NULL,
      entity_type  text NOT NULL,
      entity_id    text NOT NULL,
      person_id    uuid,
      unit_id      uuid,
      before       jsonb,
      after        jsonb,
      request_id   text,
      ip           text,
      prev_hash    text NOT NULL,
      hash         text NOT NULL
    );
    CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, seq);
    CREATE INDEX audit_event_person_idx ON audit_event (person_id, seq) WHERE person_id IS NOT NULL;
    CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, seq);
    CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
    CREATE INDEX audit_event_unit_idx ON audit_event (unit_id, seq);

    -- Long jobs (imports): progress visible to the UI, result kept for the error sheet.
    CREATE TABLE job (
      id          uuid PRIMARY KEY,
      kind        text NOT NULL,
      account_id  uuid NOT NULL REFERENCES account(id),
      unit_id     uuid REFERENCES org_unit(id),
      status      text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
      total       integer NOT NULL DEFAULT 0,
      done        integer NOT NULL DEFAULT 0,
      summary     jsonb,
      error_file  bytea,
      created_at  timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE job, audit_event, audit_head, login_throttle, session, role_binding, account,
      tenure, post, person_residence, person, term, org_unit_history, org_unit_event,
      org_unit_closure, org_unit_link, org_unit, regulation_setting, admin_unit_successor, admin_unit;
  `.execute(db);
}
