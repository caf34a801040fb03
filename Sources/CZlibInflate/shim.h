#ifndef COUNCILLINT_CZLIBINFLATE_SHIM_H
#define COUNCILLINT_CZLIBINFLATE_SHIM_H
// zlib for reading Word documents' deflated parts with a bounded loop of our own
// (ZIPFoundation's inflate loop on Linux never ends on a stream cut short).
#include <zlib.h>
#endif
