package com.wbassist.app.database;

/** Where the application finds its database: server.xml's DefaultDataSource. */
public final class Database {
  /** The JNDI name of the DefaultDataSource in server.xml. */
  public static final String JNDI_NAME = "jdbc/wbassist";

  private Database() {}
}
