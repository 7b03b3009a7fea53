// The bar at the top of every signed-in page.
export const HEADER = `
<header class="bar">
  <h1 data-t="appName">CareRounds</h1>
  <div class="user">
    <span id="who"></span>
    <button type="button" id="language" class="secondary" data-t="language">English</button>
    <form id="sign-out" method="post" action="/sign-out"><input type="hidden" name="_csrf" value="">
      <button type="submit" class="secondary" data-t="signOut">退出</button></form>
  </div>
</header>`;
document.body.insertAdjacentHTML('afterbegin', HEADER);
