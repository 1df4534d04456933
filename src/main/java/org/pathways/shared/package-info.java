/** Shared kernel: audit trail and small value types every module may use. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.pathways.shared;
