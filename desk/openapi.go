package desk

import (
	_ "embed"
	"net/http"
)

// openAPI is the hand-written OpenAPI 3 document of the desk's API; a test
// checks it lists every route the mux serves, each open or not as served.
//
//go:embed openapi.json
var openAPI []byte

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	writeBody(w, r, "application/json", openAPI)
}
