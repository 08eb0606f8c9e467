package org.oretrace.app.it;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * The ITs that work on the demo server ({@code Server.demoBaseUrl()}: a second Payara whose empty database receives the
 * demo year, about a minute of loading). Failsafe runs the ITs in two JVMs at once and each JVM would load its own demo
 * year, so the failsafe configuration excludes every {@code *Demo*IT} from the plain run and this suite runs them all
 * in one JVM, on one demo server. Name an IT that needs the demo server {@code ...Demo...IT} and it is run here.
 * ({@code -Dit.test=DemoIT} still runs one of them alone.)
 */
@Suite
@SuiteDisplayName("ITs on the demo year's server")
@SelectPackages("org.oretrace.app.it")
@IncludeClassNamePatterns(".*Demo\\w*IT")
public class DemoServerSuite {
}
