/**
 * Users and roles: who may sign in to Steward and what each may do. {@link org.steward.user.UserDirectory}
 * is the API other capabilities use (for instance to check that a CSM named on an account exists).
 */
package org.steward.user;
