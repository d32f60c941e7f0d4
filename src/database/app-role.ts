/**
 * The app connects as a role that owns nothing. Owning a table is what lets a role disable, drop
 * or bypass its triggers, truncate it or alter it, so the app's role never owns one: it gets
 * privileges, granted here by the owner after every migration run, so that a table added later is
 * covered without anyone remembering.
 */

/** Anything that runs SQL: a DataSource, an EntityManager or a QueryRunner. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Tables whose rows are records: the app adds and reads them, and never changes or removes them.
 * The audit trail and progress updates are also guarded by triggers, which refuse the owner too
 * (unless the owner drops them); board papers and their snapshots are guarded by privileges.
 */
export const APPEND_ONLY_TABLES: readonly string[] = [
  'audit_event',
  'progress_update',
  'board_paper',
  'rag_snapshot',
  'national_outcomes_import',
];

/**
 * Tables the app adds to and changes but never removes from. Removing an authority would take
 * its progress updates with it (they go only with their authority, by cascade), so only the owner
 * can remove one.
 */
export const NEVER_REMOVED_TABLES: readonly string[] = ['authority'];

/** The migrations' own record: the app reads it (for /health) and never writes it. */
export const MIGRATIONS_TABLE: string = 'schema_migration';

/** The role the embedded database's app runs as. The owner there is PGlite's own superuser. */
export const EMBEDDED_APP_ROLE = 'tracker_app';

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Gives `role` exactly what the app needs on every table of the current schema, taking away
 * anything granted before beyond that (TRUNCATE, TRIGGER, or UPDATE and DELETE on a record).
 * Sequences too, for any table that numbers its rows.
 * Idempotent; run it as the owner, in a transaction.
 */
export async function grantAppRole(owner: Queryable, role: string): Promise<void> {
  const [{ schema }] = (await owner.query('SELECT current_schema() AS schema')) as { schema: string }[];
  const tables = (
    (await owner.query(
      `SELECT c.relname AS name FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
    )) as { name: string }[]
  ).map((row) => row.name);
  const grantee = quoteIdentifier(role);
  const list = (names: string[]) => names.map(quoteIdentifier).join(', ');
  const records = tables.filter((table) => APPEND_ONLY_TABLES.includes(table));
  const kept = tables.filter((table) => NEVER_REMOVED_TABLES.includes(table));
  const readOnly = tables.filter((table) => table === MIGRATIONS_TABLE);
  const changeable = tables.filter((table) => ![...records, ...kept, ...readOnly].includes(table));
  const statements = [
    `GRANT USAGE ON SCHEMA ${quoteIdentifier(schema)} TO ${grantee}`,
    `GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${quoteIdentifier(schema)} TO ${grantee}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA ${quoteIdentifier(schema)} FROM ${grantee}`,
  ];
  if (changeable.length) statements.push(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${list(changeable)} TO ${grantee}`);
  if (kept.length) statements.push(`GRANT SELECT, INSERT, UPDATE ON ${list(kept)} TO ${grantee}`);
  if (records.length) statements.push(`GRANT SELECT, INSERT ON ${list(records)} TO ${grantee}`);
  if (readOnly.length) statements.push(`GRANT SELECT ON ${list(readOnly)} TO ${grantee}`);
  statements.push(...(await jobQueueGrants(owner, grantee)));
  for (const statement of statements) await owner.query(statement);
}

/**
 * The job queue's schema (pg-boss's, made by a migration): its rows are the app's to change, and
 * it may make a queue through the owner's function, which makes the queue's table as the owner.
 */
async function jobQueueGrants(owner: Queryable, grantee: string): Promise<string[]> {
  const [{ present }] = (await owner.query(`SELECT to_regnamespace('pgboss') IS NOT NULL AS present`)) as {
    present: boolean;
  }[];
  if (!present) return [];
  return [
    `GRANT USAGE ON SCHEMA pgboss TO ${grantee}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${grantee}`,
    `GRANT EXECUTE ON FUNCTION pgboss.create_queue(text, json) TO ${grantee}`,
  ];
}

/**
 * Why the connected role must not run the app, in a sentence naming DATABASE_URL; null when it
 * owns nothing and has no more than its grants. Owning a table, its schema or the database's
 * public schema, being a superuser, being able to make itself a member of the owner (CREATEROLE)
 * or to set session_replication_role would each let the app switch off what the database
 * guarantees.
 */
export async function appRoleProblem(app: Queryable): Promise<string | null> {
  const [role] = (await app.query(
    `SELECT current_user AS name, r.rolsuper AS superuser, r.rolcreaterole AS "createRole",
            current_setting('server_version_num')::int AS version,
            pg_has_role(current_user, n.nspowner, 'MEMBER') AS "ownsSchema",
            (SELECT string_agg(c.relname, ', ' ORDER BY c.relname) FROM pg_class c
              WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'p')
                AND pg_has_role(current_user, c.relowner, 'MEMBER')) AS owns,
            (SELECT string_agg(t, ', ' ORDER BY t) FROM unnest($1::text[]) t
              WHERE to_regclass(t) IS NOT NULL
                AND has_table_privilege(t, CASE WHEN t = ANY($2) THEN 'DELETE, TRUNCATE' ELSE 'UPDATE, DELETE, TRUNCATE' END)
            ) AS "mayChange"
       FROM pg_roles r, pg_namespace n
      WHERE r.rolname = current_user AND n.nspname = current_schema()`,
    [[...APPEND_ONLY_TABLES, ...NEVER_REMOVED_TABLES], NEVER_REMOVED_TABLES],
  )) as {
    name: string;
    superuser: boolean;
    createRole: boolean;
    version: number;
    ownsSchema: boolean;
    owns: string | null;
    mayChange: string | null;
  }[];
  const who = `DATABASE_URL connects as "${role.name}"`;
  const fix =
    'connect it as a role that owns nothing and give the owner as DATABASE_OWNER_URL (see "Database roles" in the README)';
  if (role.superuser) return `${who}, a superuser, who can switch off the audit trail's protection: ${fix}.`;
  if (role.owns) return `${who}, which owns ${role.owns} and so can switch off their protection: ${fix}.`;
  if (role.ownsSchema) return `${who}, which owns the schema and so can drop its tables: ${fix}.`;
  if (role.createRole) {
    return `${who}, which has CREATEROLE and so can make itself the owner's member: ${fix}.`;
  }
  if (role.mayChange) {
    return `${who}, which may change or remove the rows of ${role.mayChange}: revoke that, or set DATABASE_OWNER_URL so that the app sets its role's privileges at start-up.`;
  }
  if (role.version >= 150000) {
    const [setting] = (await app.query(
      `SELECT has_parameter_privilege('session_replication_role', 'SET') AS "maySet"`,
    )) as { maySet: boolean }[];
    if (setting.maySet) {
      return `${who}, which may set session_replication_role and so skip triggers: revoke SET on that parameter.`;
    }
  }
  return null;
}
