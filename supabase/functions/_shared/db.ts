// THE database path of the functions: one postgres.js pool per instance, on SUPABASE_DB_URL.
import postgres from "postgres";

export type Sql = postgres.Sql;
export type TransactionSql = postgres.TransactionSql;

export interface DbOptions {
  /** Pool size (default 5: an Edge Function instance serves few requests at once). */
  max?: number;
}

export function createDb(url: string, options: DbOptions = {}): Sql {
  if (!url) {
    throw new Error("the database URL is not configured");
  }
  return postgres(url, {
    max: options.max ?? 5,
    // Works through Supabase's transaction pooler as well as a direct connection.
    prepare: false,
    idle_timeout: 20,
    connect_timeout: 10,
    onnotice: () => {},
    connection: { application_name: "streamvibe-functions" },
  });
}

/** Closes a pool (tests; an instance's pool lives as long as the instance). */
export async function closeDb(sql: Sql | null | undefined): Promise<void> {
  if (sql) {
    await sql.end({ timeout: 5 });
  }
}
