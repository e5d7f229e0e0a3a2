// gin.Default() (Logger + Recovery middleware), debug mode: the default console output
package main

import (
	"log"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	r.GET("/", func(c *gin.Context) { c.String(http.StatusOK, "Hallo Köln\n") })
	r.GET("/hallo", func(c *gin.Context) { c.String(http.StatusOK, "Hallo %s\n", c.Query("name")) })
	r.HEAD("/", func(c *gin.Context) { c.Status(http.StatusOK) })
	r.POST("/post", func(c *gin.Context) { c.String(http.StatusCreated, "angelegt\n") })
	r.GET("/fehler", func(c *gin.Context) { panic("Kaputt: Grüße aus 東京") })
	r.GET("/redirect", func(c *gin.Context) { c.Redirect(http.StatusFound, "/hallo") })
	r.GET("/langsam", func(c *gin.Context) { time.Sleep(250 * time.Millisecond); c.String(http.StatusOK, "ok\n") })
	log.Fatal(r.Run("127.0.0.1:8001"))
}
