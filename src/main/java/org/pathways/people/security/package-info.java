/** What the security configuration needs from people: sign-in throttling and single sign-on. */
@org.springframework.modulith.NamedInterface("security")
package org.pathways.people.security;
