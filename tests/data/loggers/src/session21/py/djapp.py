# Minimal Django project in one file: `python djapp.py runserver --noreload 127.0.0.1:18081`
import logging, sys
from django.conf import settings
from django.urls import path
from django.http import HttpResponse, JsonResponse

settings.configure(DEBUG=True, ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__,
                   SECRET_KEY="corpus21-not-secret", USE_TZ=True, TIME_ZONE="UTC",
                   MIDDLEWARE=["django.middleware.common.CommonMiddleware"])
log = logging.getLogger("django")  # goes through Django's default console handler (DEBUG=True: only mail_admins... see below)

def index(request):
    return HttpResponse("héllo wörld ✓")

def boom(request):
    raise ValueError('bad "quoted" value: naïve café')

def big(request):
    return HttpResponse("x" * 5000)

def api(request):
    return JsonResponse({"ok": True, "name": "Zoë"})

urlpatterns = [path("", index), path("boom", boom), path("big", big), path("api/items", api)]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line
    execute_from_command_line(sys.argv)
