/* a tiny Node-API addon; GRUSS_KAPUTT makes it fail to compile */
#include <node_api.h>

static napi_value Gruss(napi_env env, napi_callback_info info) {
  napi_value s;
  int unbenutzt;                       /* -Wunused-variable: a compiler warning */
  napi_create_string_utf8(env, "Grüße aus Köln", NAPI_AUTO_LENGTH, &s);
#ifdef GRUSS_KAPUTT
  return nicht_deklariert;             /* an error */
#endif
  return s;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "gruss", NAPI_AUTO_LENGTH, Gruss, NULL, &fn);
  napi_set_named_property(env, exports, "gruss", fn);
  return exports;
}
