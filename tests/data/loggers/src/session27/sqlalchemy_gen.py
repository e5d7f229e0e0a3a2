from sqlalchemy import create_engine, text, Table, Column, Integer, String, MetaData, select
eng = create_engine("sqlite:///:memory:", echo="debug")
md = MetaData()
users = Table("users", md, Column("id", Integer, primary_key=True), Column("name", String(50), nullable=False, unique=True), Column("city", String(50)))
md.create_all(eng)
with eng.begin() as c:
    c.execute(users.insert(), [{"name": "Zoë", "city": "München"}, {"name": "Łukasz", "city": "Kraków"}])
with eng.connect() as c:
    rows = c.execute(select(users.c.name, users.c.city).where(users.c.city.like("K%")).order_by(users.c.name)).all()
try:
    with eng.begin() as c:
        c.execute(users.insert(), {"name": "Zoë", "city": "Zürich"})
except Exception as e:
    pass
