// acct contact add|list|edit|delete
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/confirm.h"
#include "cli/context.h"
#include "cli/field_options.h"
#include "core/corrections.h"
#include "core/fields.h"
#include "core/i18n.h"
#include "store/clients.h"
#include "store/contacts.h"

namespace acctool::cli {
namespace {

// "6 May" when the command set a birthday: in words, so that a day/month swap shows.
std::optional<std::string> birthday_set(const Contact& k, const ContactFields& fields) {
    if (!fields.birthday || !k.birthday) return std::nullopt;
    return birthday_in_words(*k.birthday);
}

struct ContactAdd {
    std::string client_ref;
    std::string name;
    ContactFields fields;
    bool decision_maker = false;
};

struct ContactEdit {
    Id id = 0;
    ContactFields fields;
    std::optional<std::string> client_ref;
};

void contact_add(Context& ctx, const ContactAdd& opts) {
    ContactFields fields = opts.fields;
    fields.name = opts.name;
    if (opts.decision_maker) fields.decision_maker = "yes";
    Contact contact;
    apply_contact_fields(contact, fields);
    auto [db, tx] = ctx.write();
    const Client client = store::resolve_client(db, opts.client_ref);
    contact.client_id = client.id;
    const Id id = store::insert_contact(db, contact);
    tx.commit();
    const auto birthday = birthday_set(contact, fields);
    ctx.created(id, birthday
                        // TRANSLATORS: the new contact's id, its name, the client's name, the birthday ("6 May").
                        ? trf("added contact {} '{}' at '{}', birthday {}", id, contact.name, client.name, *birthday)
                        // TRANSLATORS: the new contact's id, its name, the client's name.
                        : trf("added contact {} '{}' at '{}'", id, contact.name, client.name));
}

void contact_list(Context& ctx, const std::string& client_ref) {
    auto& db = ctx.db();
    std::optional<Id> client_id;
    if (!client_ref.empty()) client_id = store::resolve_client(db, client_ref).id;
    output::Table table({{NC_("column", "id")},
                         {NC_("column", "client")},
                         {NC_("column", "name")},
                         {NC_("column", "role")},
                         {NC_("column", "decision_maker")},
                         {NC_("column", "email")},
                         {NC_("column", "phone")},
                         {NC_("column", "birthday")}});
    for (const auto& k : store::list_contacts(db, client_id))
        table.add({k.id, k.client_name, k.name, output::text_or_empty(k.role), k.decision_maker,
                   output::text_or_empty(k.email), output::text_or_empty(k.phone),
                   k.birthday ? output::Cell{format_birthday(*k.birthday)} : output::Cell{}});
    ctx.emit(table);
}

void contact_edit(Context& ctx, const ContactEdit& opts) {
    auto [db, tx] = ctx.write();
    Contact contact = store::get_contact(db, opts.id);
    apply_contact_fields(contact, opts.fields);
    if (opts.client_ref) contact.client_id = store::resolve_client(db, *opts.client_ref).id;
    store::update_contact(db, contact);
    tx.commit();
    const auto birthday = birthday_set(contact, opts.fields);
    ctx.info(birthday
                 // TRANSLATORS: the contact's id, its name, the birthday ("6 May").
                 ? trf("updated contact {} '{}', birthday {}", contact.id, contact.name, *birthday)
                 // TRANSLATORS: the contact's id, then its name.
                 : trf("updated contact {} '{}'", contact.id, contact.name));
}

void contact_delete(Context& ctx, Id id, bool yes) {
    std::string question;
    {
        auto& db = ctx.db();
        const Contact contact = store::get_contact(db, id);
        const long touches = store::touches_of_contact(db, id);
        question = touches > 0
                       // TRANSLATORS: a question: the contact's id, its name, its client's name, then a count
                       // of touches (calls, visits) that name the contact.
                       ? trn("delete contact {} '{}' of '{}'; {} touch keeps its text without it",
                             "delete contact {} '{}' of '{}'; {} touches keep their text without it",
                             static_cast<unsigned long>(touches), contact.id, contact.name, contact.client_name, touches)
                       // TRANSLATORS: a question: the contact's id, its name, its client's name.
                       : trf("delete contact {} '{}' of '{}'", contact.id, contact.name, contact.client_name);
    }
    confirm_delete(question, yes);
    auto [db, tx] = ctx.write();
    store::delete_contact(db, id);
    tx.commit();
    // TRANSLATORS: {} is the contact's id.
    ctx.info(trf("deleted contact {}", id));
}

void add_contact_field_options(CLI::App* cmd, ContactFields& f) {
    add_field_option(cmd, "--role", f.role, tr("Role (e.g. purchasing manager)"));
    add_field_option(cmd, "--email", f.email, tr("Email address"));
    add_field_option(cmd, "--phone", f.phone, tr("Phone number"));
    add_field_option(cmd, "--birthday", f.birthday, tr("Birthday: MM-DD, YYYY-MM-DD, DD.MM or DD.MM.YYYY"));
    add_field_option(cmd, "--note", f.notes, tr("Notes"));
}

}  // namespace

void setup_contact(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("contact", tr("Add, list, change and delete the people at clients"));

    auto add_opts = std::make_shared<ContactAdd>();
    auto* add = group->add_subcommand("add", tr("Add a contact to a client"));
    add->add_option("ref", add_opts->client_ref, tr("Client id, name or unique part of the name"))->required();
    add->add_option("name", add_opts->name, tr("The contact's name"))->required();
    add_contact_field_options(add, add_opts->fields);
    add->add_flag("--decision-maker", add_opts->decision_maker, tr("This person decides purchases"));
    on_parsed(add, ctx, [&ctx, add_opts] { contact_add(ctx, *add_opts); });

    auto list_ref = std::make_shared<std::string>();
    auto* list = group->add_subcommand("list", tr("List contacts, of one client or of all"));
    list->add_option("ref", *list_ref, tr("Client id, name or unique part of the name"));
    on_parsed(list, ctx, [&ctx, list_ref] { contact_list(ctx, *list_ref); });

    auto edit_opts = std::make_shared<ContactEdit>();
    auto* edit = group->add_subcommand("edit", tr("Change a contact's fields"));
    // TRANSLATORS: "contact list" is the command that lists the ids: keep it.
    edit->add_option("id", edit_opts->id, tr("Contact id (see contact list)"))->required();
    add_field_option(edit, "--name", edit_opts->fields.name, tr("New name"));
    add_contact_field_options(edit, edit_opts->fields);
    add_field_option(edit, "--decision-maker", edit_opts->fields.decision_maker, tr("yes or no"));
    edit->add_option_function<std::string>(
        "--client", [edit_opts](const std::string& v) { edit_opts->client_ref = v; }, tr("Move to another client"));
    on_parsed(edit, ctx, [&ctx, edit_opts] { contact_edit(ctx, *edit_opts); });

    struct Delete {
        Id id = 0;
        bool yes = false;
    };
    auto del = std::make_shared<Delete>();
    auto* delete_cmd = group->add_subcommand("delete", tr("Delete a contact (their touches keep their text)"));
    delete_cmd->add_option("id", del->id, tr("Contact id (see contact list)"))->required();
    delete_cmd->add_flag("--yes", del->yes, tr("Do not ask (required off a terminal)"));
    on_parsed(delete_cmd, ctx, [&ctx, del] { contact_delete(ctx, del->id, del->yes); });
}

}  // namespace acctool::cli
