// Echo with the Logger and Recover middlewares at their defaults (echo.New(), middleware.Logger(), middleware.Recover())
package main

import (
	"errors"
	"net/http"
	"time"

	"github.com/labstack/echo"
	"github.com/labstack/echo/middleware"
)

func main() {
	e := echo.New()
	e.Use(middleware.Logger())
	e.Use(middleware.Recover())
	e.GET("/", func(c echo.Context) error { return c.String(http.StatusOK, "Hallo Köln\n") })
	e.GET("/hallo", func(c echo.Context) error { return c.String(http.StatusOK, "Hallo "+c.QueryParam("name")+"\n") })
	e.HEAD("/", func(c echo.Context) error { return c.NoContent(http.StatusOK) })
	e.POST("/post", func(c echo.Context) error { return c.String(http.StatusCreated, "angelegt\n") })
	e.GET("/fehler", func(c echo.Context) error { panic("Kaputt: Grüße aus 東京") })
	e.GET("/redirect", func(c echo.Context) error { return c.Redirect(http.StatusFound, "/hallo") })
	e.GET("/langsam", func(c echo.Context) error {
		time.Sleep(250 * time.Millisecond)
		e.Logger.Warn("langsam: 250 ms gewartet")
		return c.String(http.StatusOK, "ok\n")
	})
	e.GET("/kaputt", func(c echo.Context) error { return errors.New("Datenbank weg: Straße gesperrt") })
	e.Logger.Fatal(e.Start("127.0.0.1:8004"))
}
