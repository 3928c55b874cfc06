import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  Transaction,
} from '@prisma/driver-adapter-utils';

// A transaction holds one connection, and a `pg` connection takes one statement at a time: calling `client.query()`
// while an earlier statement has not answered is deprecated since pg 8.19 (a DeprecationWarning) and refused from
// pg 9. Prisma's query plans send such statements: a read that includes several relations loads them all at once with
// Promise.all, which inside a transaction all go to its one connection (prisma/orm#29407, unfixed in 7.10). So each
// transaction's statements wait their turn here, in the order Prisma asks for them, as pg's queue ran them.

/** The adapters `factory` connects send each transaction's statements one after another. */
export function sendTransactionStatementsInTurn(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => transactionsInTurn(await factory.connect()),
    connectToShadowDb: async () => transactionsInTurn(await factory.connectToShadowDb()),
  };
}

function transactionsInTurn(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    // Outside a transaction each statement takes a connection of the pool's: they may run at once.
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    executeScript: (script) => adapter.executeScript(script),
    startTransaction: async (isolationLevel) => statementsInTurn(await adapter.startTransaction(isolationLevel)),
    ...(adapter.getConnectionInfo && { getConnectionInfo: () => adapter.getConnectionInfo!() }),
    dispose: () => adapter.dispose(),
  };
}

function statementsInTurn(transaction: Transaction): Transaction {
  // Settles when the last statement asked for has answered, whether it succeeded or failed.
  let previous: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(send: () => Promise<T>): Promise<T> => {
    const sent = previous.then(send);
    previous = sent.catch(() => {});
    return sent;
  };
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: (query) => inTurn(() => transaction.queryRaw(query)),
    executeRaw: (query) => inTurn(() => transaction.executeRaw(query)),
    // Committing or rolling back hands the connection back to the pool: only once every statement sent has answered.
    commit: () => inTurn(() => transaction.commit()),
    rollback: () => inTurn(() => transaction.rollback()),
    ...(transaction.createSavepoint && {
      createSavepoint: (name: string) => inTurn(() => transaction.createSavepoint!(name)),
    }),
    ...(transaction.rollbackToSavepoint && {
      rollbackToSavepoint: (name: string) => inTurn(() => transaction.rollbackToSavepoint!(name)),
    }),
    ...(transaction.releaseSavepoint && {
      releaseSavepoint: (name: string) => inTurn(() => transaction.releaseSavepoint!(name)),
    }),
  };
}
