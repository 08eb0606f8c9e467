/** The outreach module of Oretrace: domain, application services, infrastructure, web views and REST API. */
package org.oretrace.outreach;
