/**
 * The orm workload's colour-free parts, shared by every strategy: a Django/psycopg-shaped stack
 * whose colour-specific layers live in each strategy's package under the same file names
 * ({@code UserRepository} → {@code QuerySet} → {@code Cursor} → {@code Connection} /
 * {@code ConnectionPool} → {@code Protocol} → {@code Codec} → {@code Transport}).
 *
 * <p>Here: the PostgreSQL v3 simple-query messages ({@link dev.eager.workload.orm.Frontend},
 * {@link dev.eager.workload.orm.BackendMessage}) and their framing ({@link
 * dev.eager.workload.orm.Framing}), authentication (trust, cleartext, md5; SCRAM refused by name),
 * the SQL compiler, row mapping, the query set's result cache with its hit-ratio dial, the wires
 * (the only I/O: blocking socket, {@code AsynchronousSocketChannel}, memory replay) and the
 * servers ({@link dev.eager.workload.orm.OrmServers}: {@code h2} embedded, {@code postgres} from
 * {@code scripts/postgres}, {@code memory}). A stack is obtained from {@link
 * dev.eager.workload.Workloads#orm(String, String, double)}.
 */
package dev.eager.workload.orm;
